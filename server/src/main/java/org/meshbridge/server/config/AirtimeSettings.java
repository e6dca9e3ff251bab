package org.meshbridge.server.config;

import java.time.Duration;
import java.util.Objects;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.DutyCycleLimit;

/**
 * The {@code airtime} section: the budget every transmission passes.
 *
 * @param dutyCyclePercent the most of any rolling {@code window} the radio may be on air, in
 *     (0, 100]; default {@value #DEFAULT_DUTY_CYCLE_PERCENT} (the EU 868 MHz g3 sub-band,
 *     869.4–869.65 MHz, that MeshCore's EU default frequency is in)
 * @param window the rolling window, 1 minute to 1 day; default 1 hour
 * @param internetSharePercent the part of that allowance internet-originated traffic may use, in
 *     [0, 100]; default 0: internet traffic is not sent on air
 * @param queueLength how many transmissions may wait, 1..{@value #MAX_QUEUE_LENGTH}; default
 *     {@value AirtimeConfig#DEFAULT_MAX_QUEUE_LENGTH}
 */
public record AirtimeSettings(double dutyCyclePercent, Duration window, double internetSharePercent, int queueLength) {

    public static final double DEFAULT_DUTY_CYCLE_PERCENT = 10;
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    public static final Duration MIN_WINDOW = Duration.ofMinutes(1);
    public static final Duration MAX_WINDOW = Duration.ofDays(1);
    public static final int MAX_QUEUE_LENGTH = 10_000;

    public static final AirtimeSettings DEFAULTS = new AirtimeSettings(DEFAULT_DUTY_CYCLE_PERCENT, DEFAULT_WINDOW, 0,
            AirtimeConfig.DEFAULT_MAX_QUEUE_LENGTH);

    public AirtimeSettings {
        Objects.requireNonNull(window, "window");
        if (!(dutyCyclePercent > 0 && dutyCyclePercent <= 100)) {
            throw new IllegalArgumentException("dutyCyclePercent must be in (0, 100]: " + dutyCyclePercent);
        }
        if (!(internetSharePercent >= 0 && internetSharePercent <= 100)) {
            throw new IllegalArgumentException("internetSharePercent must be in [0, 100]: " + internetSharePercent);
        }
        if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("window must be 1 minute to 1 day: " + window);
        }
        if (queueLength < 1 || queueLength > MAX_QUEUE_LENGTH) {
            throw new IllegalArgumentException("queueLength must be 1.." + MAX_QUEUE_LENGTH + ": " + queueLength);
        }
    }

    /** The airtime scheduler's settings (TX timeout grace at its default). */
    public AirtimeConfig toAirtimeConfig() {
        return AirtimeConfig.of(DutyCycleLimit.ofPercent(window, dutyCyclePercent))
                .withInternetShare(internetSharePercent / 100.0)
                .withMaxQueueLength(queueLength);
    }
}
