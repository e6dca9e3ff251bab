package org.meshbridge.server.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: doubling from {@code min} up to {@code max}, each drawn from the upper half
 * of its step, so bridges that lost one broker together do not return together.
 */
final class ReconnectDelays {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;

    ReconnectDelays(Duration min, Duration max, RandomGenerator random) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 < min <= max: " + min + ", " + max);
        }
        this.min = min;
        this.max = max;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The delay before attempt {@code failures} (1 after the first failure). */
    Duration delay(int failures) {
        long stepMillis = min.toMillis();
        for (int doubling = 1; doubling < failures && stepMillis < max.toMillis(); doubling++) {
            stepMillis *= 2;
        }
        stepMillis = Math.max(1, Math.min(stepMillis, max.toMillis()));
        long half = stepMillis / 2;
        return Duration.ofMillis(stepMillis - half + random.nextLong(half + 1));
    }
}
