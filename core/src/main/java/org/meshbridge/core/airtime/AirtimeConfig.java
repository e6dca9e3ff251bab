package org.meshbridge.core.airtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How the airtime scheduler budgets one radio link.
 *
 * @param dutyCycle the rolling limit every transmission counts against
 * @param internetShare the fraction of {@code dutyCycle.maxAirtime()} internet-originated traffic
 *     may hold in any window, in [0, 1]; 0 (the default) drops internet traffic
 * @param maxQueueLength how many requests may wait, at least 1
 * @param txTimeoutGrace added to 1.5 × time-on-air (the firmware's watchdog) before a frame the
 *     radio never reports done is given up; covers modem CSMA and serial latency
 */
public record AirtimeConfig(DutyCycleLimit dutyCycle, double internetShare, int maxQueueLength, Duration txTimeoutGrace) {

    /** Default queue bound: requests beyond it are refused or displace less urgent ones. */
    public static final int DEFAULT_MAX_QUEUE_LENGTH = 64;

    /** Default allowance for a radio to report TX done beyond 1.5 × time-on-air. */
    public static final Duration DEFAULT_TX_TIMEOUT_GRACE = Duration.ofSeconds(2);

    public AirtimeConfig {
        Objects.requireNonNull(dutyCycle, "dutyCycle");
        Objects.requireNonNull(txTimeoutGrace, "txTimeoutGrace");
        if (!(internetShare >= 0.0 && internetShare <= 1.0)) {
            throw new IllegalArgumentException("internetShare must be in [0, 1]: " + internetShare);
        }
        if (maxQueueLength < 1) {
            throw new IllegalArgumentException("maxQueueLength must be at least 1: " + maxQueueLength);
        }
        if (txTimeoutGrace.isNegative()) {
            throw new IllegalArgumentException("txTimeoutGrace must not be negative: " + txTimeoutGrace);
        }
    }

    /** The defaults around {@code dutyCycle}: internet traffic off, 64 queued, 2 s TX grace. */
    public static AirtimeConfig of(DutyCycleLimit dutyCycle) {
        return new AirtimeConfig(dutyCycle, 0.0, DEFAULT_MAX_QUEUE_LENGTH, DEFAULT_TX_TIMEOUT_GRACE);
    }

    public AirtimeConfig withInternetShare(double share) {
        return new AirtimeConfig(dutyCycle, share, maxQueueLength, txTimeoutGrace);
    }

    public AirtimeConfig withMaxQueueLength(int length) {
        return new AirtimeConfig(dutyCycle, internetShare, length, txTimeoutGrace);
    }

    public AirtimeConfig withTxTimeoutGrace(Duration grace) {
        return new AirtimeConfig(dutyCycle, internetShare, maxQueueLength, grace);
    }

    /** The most airtime internet traffic may hold in any window, rounded to the nearest nanosecond. */
    public Duration internetMaxAirtime() {
        return Duration.ofNanos(Math.round(dutyCycle.maxAirtime().toNanos() * internetShare));
    }
}
