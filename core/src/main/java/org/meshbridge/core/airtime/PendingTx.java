package org.meshbridge.core.airtime;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A request between submission and its outcome, with what the scheduler learnt about it. */
final class PendingTx {

    final TxRequest request;
    final long timeOnAirNanos;
    final Instant submittedAt;
    final CompletableFuture<TxOutcome> outcome = new CompletableFuture<>();
    private final Set<DelayReason> delays = EnumSet.noneOf(DelayReason.class);

    PendingTx(TxRequest request, long timeOnAirNanos, Instant submittedAt) {
        this.request = request;
        this.timeOnAirNanos = timeOnAirNanos;
        this.submittedAt = submittedAt;
    }

    void delayedBy(DelayReason reason) {
        delays.add(reason);
    }

    Set<DelayReason> delays() {
        return delays;
    }

    boolean isInternet() {
        return request.origin() == TrafficOrigin.INTERNET;
    }

    TxPriority priority() {
        return request.priority();
    }
}
