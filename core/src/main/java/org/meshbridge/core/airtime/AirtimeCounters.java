package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The scheduler's running totals; {@link #snapshot} freezes them into {@link AirtimeStats}. */
final class AirtimeCounters {

    private final Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
    private final Map<DelayReason, Long> delayed = new EnumMap<>(DelayReason.class);
    private long submitted;
    private long transmitted;
    private long airtimeNanos;
    private long internetAirtimeNanos;
    private long queueWaitNanos;

    AirtimeCounters() {
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, 0L);
        }
        for (DelayReason reason : DelayReason.values()) {
            delayed.put(reason, 0L);
        }
    }

    void submitted() {
        submitted++;
    }

    void charged(PendingTx pending) {
        airtimeNanos += pending.timeOnAirNanos;
        if (pending.isInternet()) {
            internetAirtimeNanos += pending.timeOnAirNanos;
        }
    }

    void refunded(PendingTx pending) {
        airtimeNanos -= pending.timeOnAirNanos;
        if (pending.isInternet()) {
            internetAirtimeNanos -= pending.timeOnAirNanos;
        }
    }

    /** Counts how {@code pending} ended, and each reason it waited for. */
    void ended(PendingTx pending, TxOutcome outcome) {
        if (outcome instanceof TxOutcome.Transmitted sent) {
            transmitted++;
            queueWaitNanos += sent.queued().toNanos();
        } else if (outcome instanceof TxOutcome.Dropped drop) {
            dropped.merge(drop.reason(), 1L, Long::sum);
        }
        for (DelayReason reason : pending.delays()) {
            delayed.merge(reason, 1L, Long::sum);
        }
    }

    AirtimeStats snapshot(Instant at, int pending) {
        return new AirtimeStats(at, submitted, transmitted, dropped, delayed, pending,
                Duration.ofNanos(airtimeNanos), Duration.ofNanos(internetAirtimeNanos), Duration.ofNanos(queueWaitNanos));
    }
}
