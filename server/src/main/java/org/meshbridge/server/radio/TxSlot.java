package org.meshbridge.server.radio;

import java.util.concurrent.CompletableFuture;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Cancellable;

/**
 * The one transmission a link keeps in flight, and the single place a transmission's result is
 * completed and counted. Used from the link thread, except {@link #complete} for a result that
 * never reached the slot (a link that is closed or not started).
 */
final class TxSlot {

    private final LinkCounters counters;
    private CompletableFuture<TxResult> result;
    private Cancellable timer;

    TxSlot(LinkCounters counters) {
        this.counters = counters;
    }

    boolean isBusy() {
        return result != null;
    }

    /** Puts {@code pending} in flight; its timeout comes with {@link #arm}. */
    void take(CompletableFuture<TxResult> pending) {
        if (result != null) {
            throw new IllegalStateException("a frame is already in flight");
        }
        result = pending;
        timer = null;
    }

    /** The timer that fails {@code pending} if it is still in flight when it fires. */
    void arm(Cancellable timeout) {
        timer = timeout;
    }

    boolean holds(CompletableFuture<TxResult> pending) {
        return result == pending;
    }

    /** Ends the frame in flight with {@code outcome}; false when none is in flight. */
    boolean finish(TxResult outcome) {
        CompletableFuture<TxResult> done = result;
        if (done == null) {
            return false;
        }
        result = null;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        complete(done, outcome);
        return true;
    }

    /** Counts first, so a caller woken by the result already sees it counted. */
    void complete(CompletableFuture<TxResult> pending, TxResult outcome) {
        if (!pending.isDone()) {
            counters.finished(outcome);
            pending.complete(outcome);
        }
    }
}
