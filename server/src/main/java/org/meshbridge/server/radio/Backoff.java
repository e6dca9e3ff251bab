package org.meshbridge.server.radio;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: exponential from an initial delay, doubling up to a cap, each drawn uniformly
 * from the upper half of its step ({@code [d/2, d]}) so that links restarted together spread out.
 * Not thread-safe; a link uses it from its own thread.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;
    private int attempt;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.max = Objects.requireNonNull(max, "max");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The delay before the next attempt; each call grows the step until it reaches the cap. */
    Duration next() {
        long step = ceilingMillis();
        if (step < max.toMillis()) {
            attempt++;
        }
        long low = step / 2;
        return Duration.ofMillis(low + random.nextLong(step - low + 1));
    }

    /** Back to the initial delay, after a connection has come up. */
    void reset() {
        attempt = 0;
    }

    private long ceilingMillis() {
        long step = initial.toMillis();
        for (int i = 0; i < attempt && step < max.toMillis(); i++) {
            step *= 2;
        }
        return Math.min(step, max.toMillis());
    }
}
