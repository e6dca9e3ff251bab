package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The two rolling allowances one link spends: all airtime, and the internet-originated part of it.
 * Times are nanoseconds on the scheduler's clock.
 */
final class AirtimeBudget {

    private final AirtimeConfig config;
    private final long windowNanos;
    private final long limitNanos;
    private final long internetLimitNanos;
    private final AirtimeLedger all;
    private final AirtimeLedger internet;

    AirtimeBudget(AirtimeConfig config) {
        this.config = config;
        this.windowNanos = config.dutyCycle().window().toNanos();
        this.limitNanos = config.dutyCycle().maxAirtime().toNanos();
        this.internetLimitNanos = config.internetMaxAirtime().toNanos();
        this.all = new AirtimeLedger(windowNanos);
        this.internet = new AirtimeLedger(windowNanos);
    }

    /** Why {@code pending} can never be sent under these allowances, if so. */
    Optional<DropReason> refusal(PendingTx pending) {
        if (pending.isInternet() && internetLimitNanos == 0) {
            return Optional.of(DropReason.INTERNET_DISABLED);
        }
        if (pending.timeOnAirNanos > limitNanos || pending.isInternet() && pending.timeOnAirNanos > internetLimitNanos) {
            return Optional.of(DropReason.EXCEEDS_BUDGET);
        }
        return Optional.empty();
    }

    /** Forgets what no future window can hold, and says when the link is free: now, or when the last charge ends. */
    long freeFrom(long now) {
        all.prune(now);
        internet.prune(now);
        return Math.max(now, all.lastEnd());
    }

    /** The earliest start at or after {@code free} the whole window allows. */
    long earliestByDutyCycle(PendingTx pending, long free) {
        return all.earliestStart(free, pending.timeOnAirNanos, limitNanos);
    }

    /** The earliest start at or after {@code free} the internet share allows ({@code free} for local frames). */
    long earliestByInternetShare(PendingTx pending, long free) {
        return pending.isInternet() ? internet.earliestStart(free, pending.timeOnAirNanos, internetLimitNanos) : free;
    }

    void charge(PendingTx pending, long start, long end) {
        all.charge(start, end);
        if (pending.isInternet()) {
            internet.charge(start, end);
        }
    }

    void refund(PendingTx pending, long start, long end) {
        all.refund(start, end);
        if (pending.isInternet()) {
            internet.refund(start, end);
        }
    }

    BudgetState state(Instant at, long now, int queued, boolean transmitting) {
        long windowStart = now - windowNanos;
        return new BudgetState(at, config.dutyCycle().window(), config.dutyCycle().maxAirtime(),
                Duration.ofNanos(all.usedAfter(windowStart)), config.internetMaxAirtime(),
                Duration.ofNanos(internet.usedAfter(windowStart)), queued, transmitting);
    }
}
