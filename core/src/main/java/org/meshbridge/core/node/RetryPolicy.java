package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Objects;

/**
 * How a text message is retried when no ACK comes. The firmware leaves retries to the app
 * (the companion sends each attempt on the app's command, with the attempt number); this follows
 * the MeshCore apps and meshcore-cli: a few attempts, and after some failed direct attempts the
 * path is forgotten and the message flooded.
 *
 * @param maxAttempts attempts in all, 1..255 (default 3)
 * @param floodAfterDirectFailures after this many failed direct attempts the path is reset and the
 *     remaining attempts flood (default 2); at least 1
 * @param lateAckGrace how long after giving up an ACK of the message is still recognised and
 *     reported as {@link Delivery.DeliveredLate} (default 2 minutes; zero turns it off). The
 *     companion firmware likewise accepts an ACK for any entry still in its expected-ACK table.
 */
public record RetryPolicy(int maxAttempts, int floodAfterDirectFailures, Duration lateAckGrace) {

    /** The default grace for late ACKs. */
    public static final Duration DEFAULT_LATE_ACK_GRACE = Duration.ofMinutes(2);

    /** Three attempts; the third floods if two direct attempts failed; late ACKs for 2 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, 2);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 255) {
            throw new IllegalArgumentException("maxAttempts must be 1..255: " + maxAttempts);
        }
        if (floodAfterDirectFailures < 1) {
            throw new IllegalArgumentException("floodAfterDirectFailures must be at least 1: " + floodAfterDirectFailures);
        }
        Objects.requireNonNull(lateAckGrace, "lateAckGrace");
        if (lateAckGrace.isNegative()) {
            throw new IllegalArgumentException("lateAckGrace must not be negative: " + lateAckGrace);
        }
    }

    /** With the default late-ACK grace. */
    public RetryPolicy(int maxAttempts, int floodAfterDirectFailures) {
        this(maxAttempts, floodAfterDirectFailures, DEFAULT_LATE_ACK_GRACE);
    }

    public RetryPolicy withLateAckGrace(Duration value) {
        return new RetryPolicy(maxAttempts, floodAfterDirectFailures, value);
    }
}
