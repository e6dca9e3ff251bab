package org.meshbridge.server.gateway;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: doubling from {@code min} up to {@code max}, each drawn uniformly from the upper
 * half of its step so gateways that lost the server together do not return together.
 */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration min, Duration max, RandomGenerator random) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 < min <= max: " + min + ", " + max);
        }
        this.min = min;
        this.max = max;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The delay before reconnect attempt {@code failures} (1 after the first failure). */
    Duration delay(int failures) {
        long stepMillis = min.toMillis();
        for (int doubling = 1; doubling < failures && stepMillis < max.toMillis(); doubling++) {
            stepMillis *= 2;
        }
        stepMillis = Math.min(stepMillis, max.toMillis());
        long half = stepMillis / 2;
        return Duration.ofMillis(stepMillis - half + random.nextLong(half + 1));
    }
}
