package org.meshbridge.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.StoreOptions;
import org.meshbridge.server.store.Stores;
import org.meshbridge.server.store.TestDatabase;

/** Accounts on a real database of each dialect, on virtual time. */
abstract class AccountsContract {

    static final char[] GOOD = "correct horse battery".toCharArray();
    static final char[] BAD = "wrong horse battery".toCharArray();

    private final List<AutoCloseable> opened = new ArrayList<>();
    ManualScheduler time;
    String url;
    Accounts accounts;
    InetAddress here;
    InetAddress elsewhere;

    abstract TestDatabase database();

    @BeforeEach
    void open() throws Exception {
        time = new ManualScheduler();
        url = database().freshUrl();
        accounts = open(url);
        here = InetAddress.getByName("192.0.2.1");
        elsewhere = InetAddress.getByName("2001:db8::7");
    }

    Accounts open(String jdbcUrl) throws Exception {
        Storage storage = Stores.open(jdbcUrl, StoreOptions.defaults().withClock(SchedulerClock.of(time)));
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42);
        Accounts opened = new Accounts(storage.accounts(), AccountsOptions.defaults(SchedulerClock.of(time))
                .withArgon2(Argon2Settings.TEST_ONLY_MINIMUM).withRandom(random));
        this.opened.add(storage);
        this.opened.add(opened);
        return opened;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void anAddedAccountIsListedWithoutSecretsAndANameIsTakenOnce() {
        Account alice = accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        accounts.add("bob", Role.ADMIN, Optional.empty(), GOOD);
        assertThat(accounts.list()).extracting(Account::name).containsExactly("alice", "bob");
        assertThat(alice.rooms()).isEqualTo(RoomGrants.ALL);
        assertThat(accounts.list().toString()).doesNotContain("argon2").doesNotContain(
                accounts.meshIdentity("alice").expandedKey().hex());
        assertThatThrownBy(() -> accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.EXISTS));
    }

    @Test
    void badNamesAndPasswordsAreRefusedWithTheirReason() {
        for (String name : new String[] {"", "Alice", "-x", "a b", "x".repeat(33), "é"}) {
            assertThatThrownBy(() -> accounts.add(name, Role.MEMBER, Optional.empty(), GOOD))
                    .isInstanceOfSatisfying(AccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.INVALID_NAME));
        }
        for (String password : new String[] {"short", "x".repeat(513), "tab\there!"}) {
            assertThatThrownBy(() -> accounts.add("carol", Role.MEMBER, Optional.empty(), password.toCharArray()))
                    .isInstanceOfSatisfying(AccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.INVALID_PASSWORD));
        }
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void loginGivesAToken256BitsStrongStoredOnlyAsItsHash() throws Exception {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        LoginOutcome.Success ok = (LoginOutcome.Success) accounts.login("alice", GOOD, here);
        assertThat(ok.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(ok.expires()).isEqualTo(time.now().plus(Duration.ofDays(7)));
        assertThat(accounts.authenticate(ok.token())).get().extracting(Principal::name).isEqualTo("alice");
        List<String> stored = column("SELECT token_hash FROM account_session");
        assertThat(stored).containsExactly(SessionTokens.hash(ok.token())).doesNotContain(ok.token());
        assertThat(column("SELECT password_hash FROM account")).allMatch(h -> h.startsWith("$argon2id$v=19$"));
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreTheSameRejection() {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        assertThat(accounts.login("alice", BAD, here)).isEqualTo(new LoginOutcome.Rejected());
        assertThat(accounts.login("mallory", GOOD, here)).isEqualTo(new LoginOutcome.Rejected());
        assertThat(accounts.login("NOT A NAME", GOOD, here)).isEqualTo(new LoginOutcome.Rejected());
        assertThat(accounts.authenticate("not-a-token")).isEmpty();
        assertThat(accounts.authenticate("A".repeat(43))).isEmpty();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockoutHasPassed() {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.login("alice", BAD, i % 2 == 0 ? here : elsewhere)).isInstanceOf(LoginOutcome.Rejected.class);
        }
        LoginOutcome locked = accounts.login("alice", GOOD, here);
        assertThat(locked).isEqualTo(new LoginOutcome.LockedOut(Duration.ofMinutes(15)));
        time.advance(Duration.ofMinutes(14));
        assertThat(accounts.login("alice", GOOD, elsewhere)).isEqualTo(new LoginOutcome.LockedOut(Duration.ofMinutes(1)));
        time.advance(Duration.ofMinutes(1));
        assertThat(accounts.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        for (int i = 0; i < 4; i++) {
            accounts.login("alice", BAD, here);
        }
        time.advance(Duration.ofMinutes(16));
        accounts.login("alice", BAD, here);
        assertThat(accounts.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryName() {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        for (int i = 0; i < 20; i++) {
            accounts.login("guess" + i, BAD, here);
        }
        assertThat(accounts.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.LockedOut.class);
        assertThat(accounts.login("alice", GOOD, elsewhere)).isInstanceOf(LoginOutcome.Success.class);
        time.advance(Duration.ofMinutes(15));
        assertThat(accounts.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void failuresFromOneIpv6Slash64CountTogether() throws Exception {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        for (int i = 0; i < 20; i++) {
            accounts.login("guess" + i, BAD, InetAddress.getByName("2001:db8:5:6::" + Integer.toHexString(i + 1)));
        }
        assertThat(accounts.login("alice", GOOD, InetAddress.getByName("2001:db8:5:6:ffff::1")))
                .isInstanceOf(LoginOutcome.LockedOut.class);
        assertThat(accounts.login("alice", GOOD, InetAddress.getByName("2001:db8:5:7::1")))
                .isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void aTokenExpiresAfterItsLifetime() throws Exception {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        String token = ((LoginOutcome.Success) accounts.login("alice", GOOD, here)).token();
        time.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(accounts.authenticate(token)).isPresent();
        time.advance(Duration.ofSeconds(1));
        assertThat(accounts.authenticate(token)).isEmpty();
        assertThat(column("SELECT token_hash FROM account_session")).isEmpty();
    }

    @Test
    void expiredSessionsArePurged() {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        accounts.login("alice", GOOD, here);
        time.advance(Duration.ofDays(3));
        String fresh = ((LoginOutcome.Success) accounts.login("alice", GOOD, here)).token();
        time.advance(Duration.ofDays(5));
        assertThat(accounts.purgeExpiredSessions()).isEqualTo(1);
        assertThat(accounts.authenticate(fresh)).isPresent();
    }

    @Test
    void logoutPasswordChangeAndRemovalRevokeTokens() {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        List<String> revoked = new ArrayList<>();
        accounts.addRevocationListener(revoked::add);
        String one = ((LoginOutcome.Success) accounts.login("alice", GOOD, here)).token();
        String two = ((LoginOutcome.Success) accounts.login("alice", GOOD, here)).token();
        assertThat(accounts.logout(one)).isTrue();
        assertThat(accounts.logout(one)).isFalse();
        assertThat(accounts.authenticate(one)).isEmpty();
        assertThat(accounts.authenticate(two)).isPresent();

        char[] newPassword = "a new long password".toCharArray();
        accounts.passwd("alice", newPassword);
        assertThat(accounts.authenticate(two)).isEmpty();
        assertThat(accounts.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.Rejected.class);
        String three = ((LoginOutcome.Success) accounts.login("alice", newPassword, here)).token();

        assertThat(accounts.remove("alice")).isTrue();
        assertThat(accounts.remove("alice")).isFalse();
        assertThat(accounts.authenticate(three)).isEmpty();
        assertThat(revoked).containsExactly("alice", "alice");
        assertThatThrownBy(() -> accounts.passwd("alice", GOOD)).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.NOT_FOUND));
    }

    @Test
    void rolesAndRoomGrantsDecideReadingAndPosting() {
        accounts.add("admin", Role.ADMIN, Optional.of(RoomGrants.parse("lobby:read")), GOOD);
        accounts.add("member", Role.MEMBER, Optional.of(RoomGrants.parse("lobby, news:read")), GOOD);
        accounts.add("reader", Role.READ_ONLY, Optional.of(RoomGrants.parse("lobby:post")), GOOD);
        Principal admin = principal("admin");
        Principal member = principal("member");
        Principal reader = principal("reader");
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.canPost("anything")).isTrue();
        assertThat(member.isAdmin()).isFalse();
        assertThat(member.canPost("lobby")).isTrue();
        assertThat(member.canRead("news")).isTrue();
        assertThat(member.canPost("news")).isFalse();
        assertThat(member.canRead("secret")).isFalse();
        assertThat(reader.canRead("lobby")).isTrue();
        assertThat(reader.canPost("lobby")).isFalse();
        assertThat(reader.canRead("news")).isFalse();

        accounts.setAccess("member", Role.MEMBER, RoomGrants.parse("news"));
        assertThat(principal("member").canPost("news")).isTrue();
        assertThat(principal("member").canRead("lobby")).isFalse();
    }

    @Test
    void eachAccountHasItsOwnMeshIdentityKeptAcrossRestarts() throws Exception {
        Account alice = accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        Account bob = accounts.add("bob", Role.MEMBER, Optional.empty(), GOOD);
        LocalIdentity aliceKey = accounts.meshIdentity("alice");
        assertThat(aliceKey.publicKey()).isEqualTo(alice.meshPublicKey()).isNotEqualTo(bob.meshPublicKey());
        close();
        opened.clear();
        Accounts again = open(url);
        assertThat(again.meshIdentity("alice").expandedKey()).isEqualTo(aliceKey.expandedKey());
        assertThat(again.find("alice")).get().extracting(Account::meshPublicKey).isEqualTo(alice.meshPublicKey());
        assertThatThrownBy(() -> again.meshIdentity("nobody")).isInstanceOf(AccountException.class);
    }

    @Test
    void aHashMadeWithOtherSettingsIsRemadeAtTheNextLogin() throws Exception {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        String before = column("SELECT password_hash FROM account").get(0);
        close();
        opened.clear();
        Storage storage = Stores.open(url, StoreOptions.defaults().withClock(SchedulerClock.of(time)));
        opened.add(storage);
        Accounts stronger = new Accounts(storage.accounts(), AccountsOptions.defaults(SchedulerClock.of(time))
                .withArgon2(new Argon2Settings(64, 2, 1)));
        opened.add(stronger);
        assertThat(stronger.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.Success.class);
        String after = column("SELECT password_hash FROM account").get(0);
        assertThat(before).startsWith("$argon2id$v=19$m=8,t=1,p=1$");
        assertThat(after).startsWith("$argon2id$v=19$m=64,t=2,p=1$");
        assertThat(stronger.login("alice", GOOD, here)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void theAsyncVariantsRunOffTheCallersThread() throws Exception {
        accounts.add("alice", Role.MEMBER, Optional.empty(), GOOD);
        LoginOutcome outcome = accounts.loginAsync("alice", GOOD, here).toCompletableFuture().get(30,
                java.util.concurrent.TimeUnit.SECONDS);
        String token = ((LoginOutcome.Success) outcome).token();
        String thread = accounts.async(() -> Thread.currentThread().getName()).toCompletableFuture().get(30,
                java.util.concurrent.TimeUnit.SECONDS);
        assertThat(thread).isEqualTo("meshbridge-accounts");
        assertThat(accounts.authenticateAsync(token).toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS))
                .isPresent();
    }

    private Principal principal(String name) {
        return accounts.authenticate(((LoginOutcome.Success) accounts.login(name, GOOD, here)).token()).orElseThrow();
    }

    private List<String> column(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
