package org.meshbridge.server.accounts;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins lock: {@code maxFailures} failures within {@code window} lock the account (or
 * the address) for {@code lockout}; the lock then lifts by itself.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockout) {

    /** Per account: 5 failures in 15 minutes lock it for 15 minutes. */
    public static final LockoutPolicy ACCOUNT_DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** Per client address: 20 failures in 15 minutes lock it for 15 minutes. */
    public static final LockoutPolicy ADDRESS_DEFAULT = new LockoutPolicy(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LockoutPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("window and lockout must be positive");
        }
    }
}
