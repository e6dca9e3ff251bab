package org.meshbridge.core.airtime;

import java.time.Duration;
import java.util.Objects;

/**
 * A rolling duty-cycle limit: in every window of {@code window}, at most {@code maxAirtime} on air.
 * For example the EU 868 MHz sub-band MeshCore uses (869.4 to 869.65 MHz) allows 10 %, which is
 * {@code ofPercent(Duration.ofHours(1), 10)}: 360 s in any hour.
 *
 * @param window the length of the rolling window, positive
 * @param maxAirtime the most airtime any window may hold, positive and at most {@code window}
 */
public record DutyCycleLimit(Duration window, Duration maxAirtime) {

    public DutyCycleLimit {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(maxAirtime, "maxAirtime");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (maxAirtime.isNegative() || maxAirtime.isZero() || maxAirtime.compareTo(window) > 0) {
            throw new IllegalArgumentException("maxAirtime must be in (0, window]: " + maxAirtime);
        }
    }

    /**
     * At most {@code fraction} of every window on air; the allowance is rounded to the nearest
     * nanosecond.
     *
     * @param fraction in (0, 1]
     */
    public static DutyCycleLimit ofFraction(Duration window, double fraction) {
        if (!(fraction > 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
        }
        return new DutyCycleLimit(window, Duration.ofNanos(Math.round(window.toNanos() * fraction)));
    }

    /** At most {@code percent} % of every window on air. */
    public static DutyCycleLimit ofPercent(Duration window, double percent) {
        return ofFraction(window, percent / 100.0);
    }

    /**
     * The firmware's own budget: a one-hour window ({@code getDutyCycleWindowMs}) holding
     * {@code window / (1 + airtimeFactor)}, rounded down to the millisecond as
     * {@code Dispatcher::begin} does (v1.17.1). The CLI's {@code set af} sets the factor; the default
     * 1.0 gives 50 %, 9.0 gives 10 %.
     *
     * @param airtimeFactor zero or positive
     */
    public static DutyCycleLimit fromAirtimeFactor(double airtimeFactor) {
        if (!(airtimeFactor >= 0.0) || Double.isInfinite(airtimeFactor)) {
            throw new IllegalArgumentException("airtimeFactor must be finite and >= 0: " + airtimeFactor);
        }
        long windowMs = AirtimeConstants.FIRMWARE_DUTY_CYCLE_WINDOW_MS;
        long budgetMs = (long) (windowMs * (1.0 / (1.0 + airtimeFactor)));
        return new DutyCycleLimit(Duration.ofMillis(windowMs), Duration.ofMillis(Math.max(1, budgetMs)));
    }

    /** The allowance as a fraction of the window, for display. */
    public double fraction() {
        return (double) maxAirtime.toNanos() / window.toNanos();
    }
}
