package org.meshbridge.server.net;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket's shape: {@code burst} actions at once, refilled at {@code perMinute} a minute.
 * Written {@code 30/1m} style in the config as {@code { per_minute: 30, burst: 10 }}.
 */
public record RateLimit(double perMinute, int burst) {

    public RateLimit {
        if (!(perMinute > 0) || !Double.isFinite(perMinute)) {
            throw new IllegalArgumentException("perMinute must be positive, was " + perMinute);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
    }

    /** The time one token takes to come back. */
    public Duration refillInterval() {
        return Duration.ofNanos((long) Math.ceil(60e9 / perMinute));
    }
}
