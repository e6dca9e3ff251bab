package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The airtime budget at one instant: what the trailing window holds against what it may hold.
 * {@code used} counts the frame on air (if any) in full.
 *
 * @param at when this was read
 * @param window the rolling window's length
 * @param allowed the most airtime the window may hold
 * @param used airtime charged in the window ending now
 * @param internetAllowed the most internet-originated airtime the window may hold
 * @param internetUsed internet-originated airtime charged in the window ending now
 * @param queued requests waiting
 * @param transmitting whether a frame is in flight on the link
 */
public record BudgetState(Instant at, Duration window, Duration allowed, Duration used,
        Duration internetAllowed, Duration internetUsed, int queued, boolean transmitting) {

    public BudgetState {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(internetAllowed, "internetAllowed");
        Objects.requireNonNull(internetUsed, "internetUsed");
    }

    /** Airtime still free in the window ending now (never negative). */
    public Duration remaining() {
        Duration left = allowed.minus(used);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
