package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one transmit scheduler every transmission on a radio link passes.
 *
 * <ul>
 *   <li><b>Duty cycle.</b> A frame starts only if the rolling window ending where it ends holds no
 *       more than {@link DutyCycleLimit#maxAirtime()}, itself included; so no window of that length
 *       ever holds more. When the budget is short the scheduler waits, on a timer, until the frame
 *       fits (the firmware likewise waits for budget, {@code Dispatcher::checkSend}, but its token
 *       bucket can let a full window hold up to twice its allowance).</li>
 *   <li><b>Priorities.</b> Most urgent {@link TxPriority} first, FIFO within one. A frame that does
 *       not fit the window holds back everything behind it, so small floods never overtake a
 *       waiting ACK.</li>
 *   <li><b>Internet share.</b> Internet-originated frames must also fit the internet allowance
 *       ({@link AirtimeConfig#internetMaxAirtime()}) of the same window; while they wait for it,
 *       local frames go ahead. With the share at 0 (the default) they are dropped on arrival.</li>
 *   <li><b>Queue.</b> Bounded ({@link DropReason#QUEUE_FULL}, {@link DropReason#DISPLACED}): the
 *       newest request of the least urgent priority gives way to a more urgent arrival, and waiting
 *       internet requests give way to any local arrival first.</li>
 *   <li><b>Deadlines.</b> A request that has not started before its deadline is dropped then.</li>
 *   <li><b>One frame in flight.</b> The next frame starts after the radio reports the previous one
 *       done and its estimated airtime has passed; a radio that stays silent past 1.5 × airtime plus
 *       {@link AirtimeConfig#txTimeoutGrace()} is given up on. Airtime is charged from the moment a
 *       frame is handed over, and refunded only if the link reports {@link TxResult#NOT_SENT}.</li>
 * </ul>
 *
 * <p>Every request ends exactly once, as {@link TxOutcome.Transmitted} or {@link TxOutcome.Dropped}
 * with a {@link DropReason}; every wait is counted by {@link DelayReason}. Confined to the
 * {@link Scheduler}'s thread: call every method from a scheduler task; returned stages complete on
 * that thread. It owns no threads; radio completions are handed back through
 * {@link Scheduler#execute}.
 */
public final class AirtimeScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AirtimeScheduler.class);

    private final Scheduler scheduler;
    private final RadioLink link;
    private final AirtimeEstimator estimator;
    private final AirtimeConfig config;
    private final Instant origin;
    private final AirtimeBudget budget;
    private final TxQueue queue;
    private final AirtimeCounters counters = new AirtimeCounters();
    private InFlight inFlight;
    private Cancellable wakeTimer;
    private long wakeAtNanos = Long.MAX_VALUE;
    private boolean pumping;
    private boolean pumpAgain;
    private boolean closed;

    public AirtimeScheduler(Scheduler scheduler, RadioLink link, AirtimeEstimator estimator, AirtimeConfig config) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.link = Objects.requireNonNull(link, "link");
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.config = Objects.requireNonNull(config, "config");
        this.origin = scheduler.now();
        this.budget = new AirtimeBudget(config);
        this.queue = new TxQueue(config.maxQueueLength());
    }

    /**
     * Queues one frame for the air.
     *
     * @return completes, on the scheduler thread, once the frame is sent or dropped
     */
    public CompletionStage<TxOutcome> submit(TxRequest request) {
        Objects.requireNonNull(request, "request");
        counters.submitted();
        PendingTx pending = new PendingTx(request, timeOnAirNanos(request), scheduler.now());
        Optional<DropReason> refusal = refusal(pending);
        if (refusal.isPresent()) {
            drop(pending, refusal.get());
            return pending.outcome.minimalCompletionStage();
        }
        PendingTx displaced = null;
        if (queue.isFull()) {
            Optional<PendingTx> victim = queue.victimFor(pending);
            if (victim.isEmpty()) {
                drop(pending, DropReason.QUEUE_FULL);
                return pending.outcome.minimalCompletionStage();
            }
            displaced = victim.get();
            queue.remove(displaced);
        }
        queue.add(pending);
        if (displaced != null) {
            drop(displaced, DropReason.DISPLACED);
        }
        pump();
        return pending.outcome.minimalCompletionStage();
    }

    /** The counters so far. */
    public AirtimeStats stats() {
        return counters.snapshot(scheduler.now(), queue.size() + (inFlight == null ? 0 : 1));
    }

    /** The budget now: the trailing window's airtime against its allowances. */
    public BudgetState budget() {
        long now = nowNanos();
        return budget.state(at(now), now, queue.size(), inFlight != null);
    }

    /**
     * Drops every queued request ({@link DropReason#SHUTDOWN}) and refuses new ones. A frame already
     * on air still ends with the radio's verdict. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancelWake();
        List<PendingTx> left = queue.inOrder();
        left.forEach(queue::remove);
        left.forEach(pending -> drop(pending, DropReason.SHUTDOWN));
    }

    private Optional<DropReason> refusal(PendingTx pending) {
        if (closed) {
            return Optional.of(DropReason.SHUTDOWN);
        }
        Optional<DropReason> never = budget.refusal(pending);
        if (never.isPresent() || !pending.request.isExpiredAt(pending.submittedAt)) {
            return never;
        }
        return Optional.of(DropReason.DEADLINE_EXPIRED);
    }

    private void pump() {
        if (pumping) {
            pumpAgain = true;
            return;
        }
        pumping = true;
        try {
            do {
                pumpAgain = false;
                pumpOnce();
            } while (pumpAgain);
        } finally {
            pumping = false;
        }
    }

    private void pumpOnce() {
        long now = nowNanos();
        for (PendingTx stale : queue.removeExpired(at(now))) {
            drop(stale, DropReason.DEADLINE_EXPIRED);
        }
        if (closed) {
            return;
        }
        long budgetWake = Long.MAX_VALUE;
        if (inFlight == null) {
            budgetWake = startNextOrWake(now);
        } else {
            markAll(queue.inOrder(), DelayReason.LINK_BUSY);
        }
        long deadlineWake = queue.earliestDeadline().map(this::nanos).orElse(Long.MAX_VALUE);
        armWake(Math.min(budgetWake, deadlineWake), now);
    }

    /** Starts the first frame that may go now; otherwise marks why they wait and says when to look again. */
    private long startNextOrWake(long now) {
        long free = budget.freeFrom(now);
        long wake = Long.MAX_VALUE;
        boolean internetBlocked = false;
        List<PendingTx> waiting = queue.inOrder();
        for (int i = 0; i < waiting.size(); i++) {
            PendingTx candidate = waiting.get(i);
            if (candidate.isInternet() && internetBlocked) {
                candidate.delayedBy(DelayReason.INTERNET_SHARE);
                continue;
            }
            long totalAt = budget.earliestByDutyCycle(candidate, free);
            long shareAt = budget.earliestByInternetShare(candidate, free);
            if (totalAt == now && shareAt == now) {
                transmit(candidate, now);
                markAll(waiting.subList(i + 1, waiting.size()), DelayReason.LINK_BUSY);
                return Long.MAX_VALUE;
            }
            if (shareAt > totalAt) {
                candidate.delayedBy(DelayReason.INTERNET_SHARE);
                internetBlocked = true;
                wake = Math.min(wake, shareAt);
                continue;
            }
            DelayReason reason = totalAt == free ? DelayReason.LINK_BUSY : DelayReason.DUTY_CYCLE;
            markAll(waiting.subList(i, waiting.size()), reason);
            return Math.min(wake, totalAt);
        }
        return wake;
    }

    private void transmit(PendingTx pending, long now) {
        queue.remove(pending);
        long end = now + pending.timeOnAirNanos;
        budget.charge(pending, now, end);
        counters.charged(pending);
        InFlight attempt = new InFlight(pending, now, end);
        inFlight = attempt;
        long watchdog = Math.multiplyExact(pending.timeOnAirNanos, AirtimeConstants.TX_TIMEOUT_AIRTIME_NUMERATOR)
                / AirtimeConstants.TX_TIMEOUT_AIRTIME_DENOMINATOR + config.txTimeoutGrace().toNanos();
        attempt.watchdog = scheduler.schedule(Duration.ofNanos(watchdog), () -> onTimeout(attempt));
        CompletionStage<TxResult> stage;
        try {
            stage = Objects.requireNonNull(link.transmit(pending.request.packet()), "transmit returned null");
        } catch (RuntimeException failure) {
            LOG.warn("link {} threw on transmit; frame refused", link.id(), failure);
            stage = CompletableFuture.completedFuture(TxResult.NOT_SENT);
        }
        stage.whenComplete((result, failure) -> scheduler.execute(() -> onTxDone(attempt, result, failure)));
    }

    private void onTxDone(InFlight attempt, TxResult result, Throwable failure) {
        if (inFlight != attempt) {
            LOG.debug("late completion {} from link {} ignored", result, link.id());
            return;
        }
        inFlight = null;
        attempt.watchdog.cancel();
        PendingTx pending = attempt.pending;
        TxResult verdict = failure != null || result == null ? TxResult.FAILED : result;
        switch (verdict) {
            case SENT -> finish(pending, new TxOutcome.Transmitted(at(attempt.start), scheduler.now(),
                    Duration.ofNanos(pending.timeOnAirNanos), Duration.between(pending.submittedAt, at(attempt.start))));
            case FAILED -> drop(pending, DropReason.RADIO_FAILED);
            case NOT_SENT -> {
                budget.refund(pending, attempt.start, attempt.end);
                counters.refunded(pending);
                drop(pending, DropReason.RADIO_REFUSED);
            }
        }
        pump();
    }

    private void onTimeout(InFlight attempt) {
        if (inFlight != attempt) {
            return;
        }
        LOG.warn("link {} did not report TX done in time; giving up on the frame", link.id());
        inFlight = null;
        drop(attempt.pending, DropReason.TX_TIMEOUT);
        pump();
    }

    private void armWake(long wakeAt, long now) {
        if (wakeAt == wakeAtNanos) {
            return;
        }
        cancelWake();
        if (wakeAt == Long.MAX_VALUE) {
            return;
        }
        wakeAtNanos = wakeAt;
        wakeTimer = scheduler.schedule(Duration.ofNanos(Math.max(0, wakeAt - now)), () -> {
            wakeTimer = null;
            wakeAtNanos = Long.MAX_VALUE;
            pump();
        });
    }

    private void cancelWake() {
        if (wakeTimer != null) {
            wakeTimer.cancel();
            wakeTimer = null;
        }
        wakeAtNanos = Long.MAX_VALUE;
    }

    private static void markAll(List<PendingTx> waiting, DelayReason reason) {
        waiting.forEach(pending -> pending.delayedBy(reason));
    }

    private void drop(PendingTx pending, DropReason reason) {
        finish(pending, new TxOutcome.Dropped(reason, scheduler.now()));
    }

    private void finish(PendingTx pending, TxOutcome outcome) {
        counters.ended(pending, outcome);
        pending.outcome.complete(outcome);
    }

    private long timeOnAirNanos(TxRequest request) {
        Duration airtime = estimator.timeOnAir(request.packet().size());
        if (airtime == null || airtime.isNegative() || airtime.isZero()) {
            throw new IllegalStateException("estimator gave " + airtime + " for " + request.packet().size() + " bytes");
        }
        return airtime.toNanos();
    }

    private long nowNanos() {
        return nanos(scheduler.now());
    }

    private long nanos(Instant instant) {
        return Duration.between(origin, instant).toNanos();
    }

    private Instant at(long nanos) {
        return origin.plusNanos(nanos);
    }

    /** The frame on the link, and its watchdog. */
    private static final class InFlight {
        final PendingTx pending;
        final long start;
        final long end;
        Cancellable watchdog;

        InFlight(PendingTx pending, long start, long end) {
            this.pending = pending;
            this.start = start;
            this.end = end;
        }
    }
}
