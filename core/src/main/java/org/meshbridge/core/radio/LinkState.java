package org.meshbridge.core.radio;

import java.util.Objects;

/** Where a {@link RadioLink} is in its life; reported to the listener on every change. */
public sealed interface LinkState {

    /** True when frames can be transmitted and received. */
    default boolean isUp() {
        return this instanceof Up;
    }

    /** Opening the device or connecting, for the first time or again after going down. */
    record Connecting() implements LinkState {
    }

    /**
     * Frames flow.
     *
     * @param detail what the link is talking to, e.g. {@code "KISS modem on /dev/ttyUSB0"}
     */
    record Up(String detail) implements LinkState {
        public Up {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The device went away or refused us; the link retries by itself.
     *
     * @param reason one line an operator can act on, e.g. {@code "serial port closed"}
     */
    record Down(String reason) implements LinkState {
        public Down {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@link RadioLink#close()} was called; nothing more will happen. */
    record Closed() implements LinkState {
    }
}
