package org.meshbridge.server.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * The wait before each retry of a webhook delivery: {@code first}, then doubling, never more than
 * {@code max}.
 */
public record RetryBackoff(Duration first, Duration max) {

    public RetryBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max: " + first + ", " + max);
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based) before the next one. */
    public Duration afterAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
