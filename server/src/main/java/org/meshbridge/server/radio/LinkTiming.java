package org.meshbridge.server.radio;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a radio link waits for things. Every duration is measured on the link's
 * {@code Scheduler} clock.
 *
 * @param connectTimeout a TCP connect gives up after this (serial ports open at once)
 * @param handshakeTimeout the device must answer the whole handshake within this, or the link
 *     goes down and reconnects (a board that resets when its port opens misses the first try)
 * @param replyTimeout a command sent while up (companion {@code CMD_SEND_RAW_PACKET}) must be
 *     answered within this, else the transmission counts as {@code FAILED}
 * @param txMargin added to the KISS modem's own worst-case transmit time before we give up
 *     waiting for {@code TxDone}
 * @param rxMetaWait how long a received KISS Data frame waits for its {@code RxMeta}
 * @param backoffInitial the first reconnect delay
 * @param backoffMax the longest reconnect delay
 */
public record LinkTiming(Duration connectTimeout, Duration handshakeTimeout, Duration replyTimeout,
        Duration txMargin, Duration rxMetaWait, Duration backoffInitial, Duration backoffMax) {

    /** Connect 5 s, handshake 5 s, replies 5 s, TX margin 5 s, RxMeta 250 ms, backoff 1 s to 60 s. */
    public static final LinkTiming DEFAULTS = new LinkTiming(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(250), Duration.ofSeconds(1),
            Duration.ofSeconds(60));

    public LinkTiming {
        positive(connectTimeout, "connectTimeout");
        positive(handshakeTimeout, "handshakeTimeout");
        positive(replyTimeout, "replyTimeout");
        positive(txMargin, "txMargin");
        positive(rxMetaWait, "rxMetaWait");
        positive(backoffInitial, "backoffInitial");
        positive(backoffMax, "backoffMax");
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException("backoffMax " + backoffMax + " is shorter than backoffInitial " + backoffInitial);
        }
    }

    private static void positive(Duration d, String name) {
        if (Objects.requireNonNull(d, name).isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
