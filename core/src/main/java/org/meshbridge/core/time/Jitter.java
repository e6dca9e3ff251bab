package org.meshbridge.core.time;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Random delays the way the firmware draws them: a uniform whole number of milliseconds, from a
 * generator the caller injects (see the package documentation for the convention).
 */
public final class Jitter {

    private Jitter() {
    }

    /**
     * A delay drawn uniformly from the whole milliseconds in {@code [0, max]}, both ends included,
     * as the firmware's {@code getRetransmitDelay} does with {@code nextInt(0, 5t + 1)}.
     *
     * @param max zero or positive; sub-millisecond parts are ignored
     */
    public static Duration uniformMillis(RandomGenerator random, Duration max) {
        Objects.requireNonNull(random, "random");
        if (Objects.requireNonNull(max, "max").isNegative()) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        return Duration.ofMillis(random.nextLong(max.toMillis() + 1));
    }
}
