package org.meshbridge.server.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link WebSocketRoute}'s connections are kept in bounds.
 *
 * @param maxMessageBytes largest inbound message (after joining fragments); a larger one closes
 *     the connection with 1009
 * @param pingInterval a ping is sent after this long without anything written; {@link Duration#ZERO}
 *     for none (the listener's plain idle timeout applies instead)
 * @param idleTimeout with pings on: a connection from which nothing (not even a pong) was read for
 *     this long is closed with 1001
 * @param outboundBufferBytes bytes queued for one connection beyond which it counts as slow: a
 *     send finding it over this bound closes it with {@link #SLOW_CLIENT_CLOSE_CODE} instead of
 *     queueing more; 0 for no bound
 * @param closeGrace how long a connection this side closes gets to take its close frame before the
 *     socket is dropped (a peer that does not read would otherwise hold it open)
 */
public record WebSocketLimits(int maxMessageBytes, Duration pingInterval, Duration idleTimeout,
        int outboundBufferBytes, Duration closeGrace) {

    /** The close code a slow client gets (private-use range, RFC 6455 section 7.4.2). */
    public static final int SLOW_CLIENT_CLOSE_CODE = 4008;
    /** The close grace {@link #messages} uses. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(10);

    public WebSocketLimits {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(closeGrace, "closeGrace");
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive: " + maxMessageBytes);
        }
        if (pingInterval.isNegative() || idleTimeout.isNegative() || closeGrace.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (!pingInterval.isZero() && idleTimeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("idleTimeout " + idleTimeout + " must exceed pingInterval "
                    + pingInterval + " so that a pong can arrive");
        }
        if (outboundBufferBytes < 0) {
            throw new IllegalArgumentException("outboundBufferBytes must not be negative: " + outboundBufferBytes);
        }
    }

    /** Only a message size cap: no pings, no outbound bound (the listener's idle timeout applies). */
    public static WebSocketLimits messages(int maxMessageBytes) {
        return new WebSocketLimits(maxMessageBytes, Duration.ZERO, Duration.ZERO, 0, DEFAULT_CLOSE_GRACE);
    }

    /** True when pings and the read idle timeout replace the listener's idle timeout. */
    public boolean heartbeat() {
        return !pingInterval.isZero();
    }

    /** These limits with inbound messages capped at {@code bytes}. */
    public WebSocketLimits withMaxMessageBytes(int bytes) {
        return new WebSocketLimits(bytes, pingInterval, idleTimeout, outboundBufferBytes, closeGrace);
    }
}
