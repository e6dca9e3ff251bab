package org.meshbridge.server.net;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Jittered exponential reconnect delays, shared by the radio links, the gateway client and the
 * MQTT bridges: the step doubles from {@code min} up to {@code max}, and each delay is drawn
 * uniformly from the upper half of its step ({@code [step/2, step]}) so that peers that lost the
 * same server together do not return together.
 *
 * <p>{@link #delay(int)} is a pure function of the failure count (safe from any thread that owns
 * the random generator); {@link #next()} and {@link #reset()} keep that count for a caller that
 * runs on one thread.
 */
public final class Backoff {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;
    private int failures;

    /**
     * @param min the first delay's step; must be positive
     * @param max the longest step; must not be shorter than {@code min}
     * @param random draws the jitter (seed it in tests)
     */
    public Backoff(Duration min, Duration max, RandomGenerator random) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 < min <= max: " + min + ", " + max);
        }
        this.min = min;
        this.max = max;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The delay before reconnect attempt {@code failures} (1 after the first failure). */
    public Duration delay(int failures) {
        long stepMillis = min.toMillis();
        for (int doubling = 1; doubling < failures && stepMillis < max.toMillis(); doubling++) {
            stepMillis *= 2;
        }
        stepMillis = Math.max(1, Math.min(stepMillis, max.toMillis()));
        long half = stepMillis / 2;
        return Duration.ofMillis(stepMillis - half + random.nextLong(half + 1));
    }

    /** The delay after one more failure; each call grows the step until it reaches the cap. */
    public Duration next() {
        if (failures < Integer.MAX_VALUE) {
            failures++;
        }
        return delay(failures);
    }

    /** Back to the first step, after a connection has come up. */
    public void reset() {
        failures = 0;
    }
}
