package org.meshbridge.server.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Accounts} runs; {@link #defaults(Clock)} suits a server.
 *
 * @param clock               session expiry and lockout time (the node scheduler's clock in the server,
 *                            a virtual one in tests)
 * @param random              salts, tokens and new mesh identities
 * @param argon2              the cost of new password hashes
 * @param maxConcurrentHashes password hashes computed at once (each takes {@link Argon2Settings#memoryKib()})
 * @param sessionTtl          how long a token is valid after login
 * @param accountLockout      failed logins per account before it locks
 * @param addressLockout      failed logins per client address before it locks
 * @param threads             the executor's threads for the {@code …Async} methods
 * @param queueLength         tasks waiting for those threads beyond this are refused ({@link AccountException.Reason#BUSY})
 */
public record AccountsOptions(Clock clock, SecureRandom random, Argon2Settings argon2, int maxConcurrentHashes,
                              Duration sessionTtl, LockoutPolicy accountLockout, LockoutPolicy addressLockout,
                              int threads, int queueLength) {

    /** Failed-login keys remembered per throttle. */
    static final int MAX_THROTTLE_KEYS = 100_000;

    public AccountsOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(argon2, "argon2");
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        Objects.requireNonNull(accountLockout, "accountLockout");
        Objects.requireNonNull(addressLockout, "addressLockout");
        if (maxConcurrentHashes < 1 || threads < 1 || queueLength < 1) {
            throw new IllegalArgumentException("maxConcurrentHashes, threads and queueLength must be at least 1");
        }
        if (sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new IllegalArgumentException("sessionTtl must be positive, was " + sessionTtl);
        }
    }

    /** Argon2id {@link Argon2Settings#DEFAULT}, 2 hashes at once, 7-day sessions, default lockouts, 2 threads, 1000 queued. */
    public static AccountsOptions defaults(Clock clock) {
        return new AccountsOptions(clock, new SecureRandom(), Argon2Settings.DEFAULT, 2, Duration.ofDays(7),
                LockoutPolicy.ACCOUNT_DEFAULT, LockoutPolicy.ADDRESS_DEFAULT, 2, 1000);
    }

    public AccountsOptions withArgon2(Argon2Settings newArgon2) {
        return new AccountsOptions(clock, random, newArgon2, maxConcurrentHashes, sessionTtl, accountLockout,
                addressLockout, threads, queueLength);
    }

    public AccountsOptions withRandom(SecureRandom newRandom) {
        return new AccountsOptions(clock, newRandom, argon2, maxConcurrentHashes, sessionTtl, accountLockout,
                addressLockout, threads, queueLength);
    }

    public AccountsOptions withSessionTtl(Duration newTtl) {
        return new AccountsOptions(clock, random, argon2, maxConcurrentHashes, newTtl, accountLockout, addressLockout,
                threads, queueLength);
    }

    public AccountsOptions withLockouts(LockoutPolicy perAccount, LockoutPolicy perAddress) {
        return new AccountsOptions(clock, random, argon2, maxConcurrentHashes, sessionTtl, perAccount, perAddress,
                threads, queueLength);
    }
}
