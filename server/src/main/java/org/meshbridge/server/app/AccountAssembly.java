package org.meshbridge.server.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.accounts.AccountException;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.AccountsOptions;
import org.meshbridge.server.accounts.LockoutPolicy;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.config.SecuritySettings;
import org.meshbridge.server.net.ClientAccess;
import org.meshbridge.server.net.RateLimiter;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.web.CorsPolicy;
import org.meshbridge.server.web.HttpLimits;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.auth.AuthEndpoints;
import org.meshbridge.server.web.auth.Authenticator;
import org.meshbridge.server.web.auth.RequestLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of one run and the HTTP guards built from {@code server}'s settings: the
 * {@link Accounts} on the store, the {@link Authenticator} with its worker pool, the rate
 * limiters, the auth endpoints, and in the demo the demo account with a fresh random password.
 * Expired sessions are purged hourly.
 */
final class AccountAssembly implements AutoCloseable {

    /** The demo's account. */
    static final String DEMO_ACCOUNT = "demo";
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final int WORKERS = 4;
    private static final int WORK_QUEUE = 1000;
    private static final int MAX_LIMITER_KEYS = 100_000;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Logger LOG = LoggerFactory.getLogger(AccountAssembly.class);

    private final Accounts accounts;
    private final Authenticator authenticator;
    private final RequestLimits limits;
    private final Optional<RateLimiter> connections;
    private final Optional<String> demoPassword;
    private Cancellable purge = () -> false;

    private AccountAssembly(Accounts accounts, Authenticator authenticator, RequestLimits limits,
                            Optional<RateLimiter> connections, Optional<String> demoPassword) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.limits = limits;
        this.connections = connections;
        this.demoPassword = demoPassword;
    }

    /** Opens the accounts on {@code storage}; in the demo, (re)sets the demo account's password. Blocks. */
    static AccountAssembly open(Storage storage, SecuritySettings security, Scheduler scheduler, SecureRandom random,
                                boolean demo) {
        Clock clock = SchedulerClock.of(scheduler);
        AccountsOptions options = AccountsOptions.defaults(clock).withRandom(random)
                .withSessionTtl(security.sessionTtl())
                .withLockouts(new LockoutPolicy(security.lockoutFailures(), security.lockoutWindow(), security.lockoutDuration()),
                        new LockoutPolicy(security.lockoutAddressFailures(), security.lockoutWindow(),
                                security.lockoutDuration()));
        Accounts accounts = new Accounts(storage.accounts(), options);
        Optional<String> demoPassword = demo ? Optional.of(demoAccount(accounts, random)) : Optional.empty();
        RequestLimits limits = new RequestLimits(
                Optional.of(new RateLimiter(security.logins(), clock, MAX_LIMITER_KEYS)),
                Optional.of(new RateLimiter(security.posts(), clock, MAX_LIMITER_KEYS)),
                Optional.of(new RateLimiter(security.posts(), clock, MAX_LIMITER_KEYS)));
        return new AccountAssembly(accounts, new Authenticator(accounts, WORKERS, WORK_QUEUE), limits,
                Optional.of(new RateLimiter(security.connections(), clock, MAX_LIMITER_KEYS)), demoPassword);
    }

    /** A new random password for the demo account, which is created (member of every room) when missing. */
    private static String demoAccount(Accounts accounts, SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        char[] chars = password.toString().toCharArray();
        try {
            accounts.add(DEMO_ACCOUNT, Role.MEMBER, Optional.empty(), chars);
        } catch (AccountException e) {
            if (e.reason() != AccountException.Reason.EXISTS) {
                throw e;
            }
            accounts.passwd(DEMO_ACCOUNT, chars);
        }
        return password.toString();
    }

    /** The listener's guards from {@code security}, added to {@code options}. */
    HttpOptions guard(HttpOptions options, SecuritySettings security) {
        HttpOptions guarded = options
                .withLimits(new HttpLimits(security.maxBodyBytes(), security.maxWsMessageBytes(), security.idleTimeout(),
                        security.requestTimeout()))
                .withAccess(new ClientAccess(security.allow(), security.deny(), security.trustedProxies()))
                .withCors(CorsPolicy.of(security.corsOrigins()));
        return connections.map(guarded::withConnectionLimit).orElse(guarded);
    }

    /** Login, logout, me and the admin's user management. */
    List<Route> routes() {
        return new AuthEndpoints(authenticator, limits).routes();
    }

    /** Purges expired sessions every hour, off the scheduler thread. */
    void start(Scheduler scheduler) {
        purge = scheduler.scheduleAtFixedRate(PURGE_INTERVAL, PURGE_INTERVAL, () -> accounts.async(accounts::purgeExpiredSessions)
                .whenComplete((n, failure) -> {
                    if (failure != null) {
                        LOG.warn("purging expired sessions failed: {}", failure.getMessage());
                    } else if (n > 0) {
                        LOG.info("purged {} expired sessions", n);
                    }
                }));
    }

    Accounts accounts() {
        return accounts;
    }

    Authenticator authenticator() {
        return authenticator;
    }

    RequestLimits limits() {
        return limits;
    }

    /** The demo account's password of this run. */
    Optional<String> demoPassword() {
        return demoPassword;
    }

    @Override
    public void close() {
        purge.cancel();
        authenticator.close();
        accounts.close();
    }
}
