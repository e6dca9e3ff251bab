package org.meshbridge.server.accounts;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.net.AddressKeys;
import org.meshbridge.server.store.AccountRow;
import org.meshbridge.server.store.JdbcAccountStore;
import org.meshbridge.server.store.SessionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of one server, in its store: add, change password, remove, list; log in (with
 * lockout) to a bearer token; look a token up to a {@link Principal}; each account's own mesh
 * identity.
 *
 * <p>Threading: every method without {@code Async} blocks (a database round trip, and for
 * {@link #add}, {@link #passwd} and {@link #login} an Argon2id hash of a few hundred ms): call it
 * from the CLI or a worker, never from a Netty event loop or the node's scheduler thread. The
 * {@code …Async} methods run the same work on this object's small executor and complete there;
 * a full queue fails them with {@link AccountException.Reason#BUSY}. Thread-safe.
 */
public final class Accounts implements AutoCloseable {

    /** Account names: 1..32 of a-z, 0-9, '.', '_', '-', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final JdbcAccountStore store;
    private final AccountsOptions options;
    private final PasswordHasher hasher;
    private final LoginThrottle byAccount;
    private final LoginThrottle byAddress;
    private final ThreadPoolExecutor executor;
    private final List<Consumer<String>> revocationListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> removalListeners = new CopyOnWriteArrayList<>();

    public Accounts(JdbcAccountStore store, AccountsOptions options) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.hasher = new PasswordHasher(options.argon2(), options.random(), options.maxConcurrentHashes());
        this.byAccount = new LoginThrottle(options.accountLockout(), options.clock(), AccountsOptions.MAX_THROTTLE_KEYS);
        this.byAddress = new LoginThrottle(options.addressLockout(), options.clock(), AccountsOptions.MAX_THROTTLE_KEYS);
        this.executor = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.queueLength()), runnable -> {
                    Thread thread = new Thread(runnable, "meshbridge-accounts");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Why {@code name} is not a valid account name, or null. */
    public static String nameProblem(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return "account names are 1..32 of a-z, 0-9, '.', '_', '-', starting with a letter or digit";
        }
        return null;
    }

    /**
     * Adds an account with a new mesh identity. {@code rooms} empty means the role's default:
     * every room ({@code *:post} for a member, {@code *:read} for read-only); an admin may do
     * everything whatever its rooms. A read-only account's grants are capped at {@code read}.
     *
     * @throws AccountException INVALID_NAME, INVALID_PASSWORD or EXISTS
     */
    public Account add(String name, Role role, Optional<RoomGrants> rooms, char[] password) {
        requireName(name);
        Objects.requireNonNull(role, "role");
        requirePassword(password);
        RoomGrants grants = rooms.orElse(role == Role.READ_ONLY ? RoomGrants.READ_ALL : RoomGrants.ALL);
        if (role == Role.READ_ONLY) {
            grants = grants.readOnly();
        } else if (role == Role.ADMIN) {
            grants = RoomGrants.ALL;
        }
        LocalIdentity mesh = LocalIdentity.generate(options.random());
        long now = options.clock().millis();
        AccountRow row = new AccountRow(name, role.code(), grants.encode(), hasher.hash(password), mesh.writeTo().hex(),
                now, now);
        if (!store.insert(row)) {
            throw new AccountException(AccountException.Reason.EXISTS, "account " + name + " exists already");
        }
        return account(row);
    }

    /** Sets a new password and ends every session of the account. @throws AccountException INVALID_PASSWORD, NOT_FOUND */
    public void passwd(String name, char[] password) {
        requirePassword(password);
        if (!store.setPassword(name, hasher.hash(password), options.clock().millis())) {
            throw notFound(name);
        }
        revoked(name);
    }

    /** Changes role and rooms (sessions pick it up at their next request). @throws AccountException NOT_FOUND */
    public void setAccess(String name, Role role, RoomGrants rooms) {
        RoomGrants grants = role == Role.ADMIN ? RoomGrants.ALL : role == Role.READ_ONLY ? rooms.readOnly() : rooms;
        if (!store.setAccess(name, role.code(), grants.encode(), options.clock().millis())) {
            throw notFound(name);
        }
    }

    /** Removes the account, its sessions and its mesh identity; false when there was none. */
    public boolean remove(String name) {
        boolean removed = store.delete(Objects.requireNonNull(name, "name"));
        if (removed) {
            revoked(name);
            notify(removalListeners, name, "removal");
        }
        return removed;
    }

    /** Every account, by name; no secrets. */
    public List<Account> list() {
        return store.list().stream().map(Accounts::account).toList();
    }

    public Optional<Account> find(String name) {
        return store.find(Objects.requireNonNull(name, "name")).map(Accounts::account);
    }

    /**
     * Checks {@code password} for {@code name} from {@code client} (an IPv6 client counts by its /64,
     * see {@link AddressKeys}). A locked account or address is
     * refused before any check; a failure counts against both; a success clears the account's
     * failures and stores a new session.
     */
    public LoginOutcome login(String name, char[] password, InetAddress client) {
        Objects.requireNonNull(client, "client");
        String address = AddressKeys.of(client);
        Optional<java.time.Duration> locked = byAddress.lockedFor(address).or(() -> byAccount.lockedFor(String.valueOf(name)));
        if (locked.isPresent()) {
            return new LoginOutcome.LockedOut(locked.get());
        }
        Optional<AccountRow> row = nameProblem(name) == null && password != null && password.length <= PasswordHasher.MAX_PASSWORD_CHARS
                ? store.find(name) : Optional.empty();
        boolean good;
        if (row.isPresent()) {
            good = hasher.verify(password, row.get().passwordHash());
        } else {
            hasher.spendEquivalentTime(password == null ? new char[0] : password);
            good = false;
        }
        if (!good) {
            byAddress.failed(address);
            if (byAccount.failed(String.valueOf(name))) {
                LOG.warn("account {} locked for {} after repeated failed logins (last from {})", name,
                        options.accountLockout().lockout(), address);
            }
            return new LoginOutcome.Rejected();
        }
        byAccount.succeeded(name);
        if (hasher.needsRehash(row.get().passwordHash())) {
            store.setPassword(name, hasher.hash(password), options.clock().millis());
        }
        String token = SessionTokens.newToken(options.random());
        Instant now = options.clock().instant();
        Instant expires = now.plus(options.sessionTtl());
        store.insertSession(new SessionRow(SessionTokens.hash(token), name, now.toEpochMilli(), expires.toEpochMilli()));
        return new LoginOutcome.Success(token, expires, new Principal(account(row.get()), expires));
    }

    /** Ends the session of {@code token}; false when it was unknown. */
    public boolean logout(String token) {
        return SessionTokens.wellFormed(token) && store.deleteSession(SessionTokens.hash(token));
    }

    /**
     * Who {@code token} signs in, if it is a live session: the account as stored now. For
     * {@code Authorization: Bearer …}, WebSocket and companion logins alike.
     */
    public Optional<Principal> authenticate(String token) {
        if (!SessionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = SessionTokens.hash(token);
        Optional<JdbcAccountStore.SessionAndAccount> found = store.findSession(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant expires = Instant.ofEpochMilli(found.get().session().expiresAtMs());
        if (!options.clock().instant().isBefore(expires)) {
            store.deleteSession(hash);
            return Optional.empty();
        }
        return Optional.of(new Principal(account(found.get().account()), expires));
    }

    /**
     * The account's own MeshCore identity (private key included): for the server's use only;
     * it never goes to a client. @throws AccountException NOT_FOUND
     */
    public LocalIdentity meshIdentity(String account) {
        AccountRow row = store.find(Objects.requireNonNull(account, "account")).orElseThrow(() -> notFound(account));
        return LocalIdentity.fromExport(Bytes.fromHex(row.meshKey()));
    }

    /** Deletes expired sessions; returns how many. */
    public int purgeExpiredSessions() {
        return store.deleteExpiredSessions(options.clock().millis());
    }

    /** Called with the account name after its password changed or it was removed (its tokens are gone). */
    public void addRevocationListener(Consumer<String> listener) {
        revocationListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Called with the account name after it was removed, after the revocation listeners. */
    public void addRemovalListener(Consumer<String> listener) {
        removalListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** {@link #authenticate} on this object's executor. */
    public CompletionStage<Optional<Principal>> authenticateAsync(String token) {
        return async(() -> authenticate(token));
    }

    /** {@link #login} on this object's executor. */
    public CompletionStage<LoginOutcome> loginAsync(String name, char[] password, InetAddress client) {
        return async(() -> login(name, password, client));
    }

    /** Runs any blocking account work on this object's executor; BUSY when its queue is full. */
    public <T> CompletionStage<T> async(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new AccountException(AccountException.Reason.BUSY,
                    "too many account requests waiting; try again shortly"));
        }
    }

    /** The executor the {@code …Async} methods run on. */
    public Executor executor() {
        return executor;
    }

    /** Stops the executor (queued work still runs). */
    @Override
    public void close() {
        executor.shutdown();
    }

    private void revoked(String name) {
        notify(revocationListeners, name, "revocation");
    }

    private static void notify(List<Consumer<String>> listeners, String name, String what) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(name);
            } catch (RuntimeException e) {
                LOG.warn("{} listener failed for {}", what, name, e);
            }
        }
    }

    static Account account(AccountRow row) {
        Role role = Role.fromCode(row.role()).orElse(Role.READ_ONLY);
        RoomGrants rooms;
        try {
            rooms = RoomGrants.parse(row.rooms());
        } catch (AccountException e) {
            LOG.warn("account {} has unreadable rooms \"{}\" in the store; it gets none", row.name(), row.rooms());
            rooms = RoomGrants.NONE;
        }
        // The export is prv(64) ‖ pub(32): the public key is its last 64 hex digits.
        Bytes publicKey = Bytes.fromHex(row.meshKey().substring(row.meshKey().length() - 64));
        return new Account(row.name(), role, role == Role.READ_ONLY ? rooms.readOnly() : rooms, publicKey,
                Instant.ofEpochMilli(row.createdAtMs()));
    }

    private static void requireName(String name) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new AccountException(AccountException.Reason.INVALID_NAME, problem + ", was \"" + name + "\"");
        }
    }

    private static void requirePassword(char[] password) {
        String problem = PasswordHasher.passwordProblem(password);
        if (problem != null) {
            throw new AccountException(AccountException.Reason.INVALID_PASSWORD, problem);
        }
    }

    private static AccountException notFound(String name) {
        return new AccountException(AccountException.Reason.NOT_FOUND, "no account " + name);
    }
}
