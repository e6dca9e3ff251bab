package org.meshbridge.core.radio;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.IntFunction;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A {@link RadioLink} that records what it is asked to transmit and, like a KISS modem reporting
 * {@code TxDone}, completes each transmission on the given scheduler once its time-on-air has
 * passed. It enforces the port's one-frame-in-flight rule: a second {@code transmit} while a frame
 * is on air throws {@link IllegalStateException}, so a scheduler that breaks the rule fails the test.
 *
 * <p>Scripting: {@link #scriptResults} sets the verdicts of the next transmissions (SENT
 * afterwards; NOT_SENT completes at once, as a refusing modem does); {@link #holdCompletions} leaves transmissions pending until
 * {@link #completePending}, for radios that go silent. {@link #receive} and {@link #changeState}
 * play the radio's side to the listener.
 */
public final class RecordingRadioLink implements RadioLink {

    /**
     * One frame handed to the radio.
     *
     * @param packet the bytes
     * @param startedAt when {@code transmit} was called
     * @param timeOnAir the airtime the link's model gives it
     * @param result the verdict the link reported
     */
    public record Transmission(Bytes packet, Instant startedAt, Duration timeOnAir, TxResult result) {
        /** When the frame left the air by the link's model. */
        public Instant endsAt() {
            return startedAt.plus(timeOnAir);
        }
    }

    private final String id;
    private final Scheduler scheduler;
    private final IntFunction<Duration> timeOnAir;
    private final RadioParameters modulation;
    private final List<Transmission> completed = new ArrayList<>();
    private final Deque<TxResult> scripted = new ArrayDeque<>();
    private final Deque<Pending> held = new ArrayDeque<>();
    private Listener listener;
    private LinkState state = new LinkState.Up("recording");
    private boolean onAir;
    private boolean holding;

    public RecordingRadioLink(String id, Scheduler scheduler, IntFunction<Duration> timeOnAir) {
        this(id, scheduler, timeOnAir, RadioParameters.MESHCORE_DEFAULT);
    }

    public RecordingRadioLink(String id, Scheduler scheduler, IntFunction<Duration> timeOnAir, RadioParameters modulation) {
        this.id = Objects.requireNonNull(id, "id");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.timeOnAir = Objects.requireNonNull(timeOnAir, "timeOnAir");
        this.modulation = Objects.requireNonNull(modulation, "modulation");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public RadioParameters modulation() {
        return modulation;
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public void start(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        listener.onStateChange(state);
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        Objects.requireNonNull(packet, "packet");
        if (onAir) {
            throw new IllegalStateException("transmit while a frame is on air at " + scheduler.now());
        }
        Pending pending = new Pending(packet, scheduler.now(), timeOnAir.apply(packet.size()));
        if (holding) {
            held.addLast(pending);
            return pending.result;
        }
        TxResult verdict = scripted.isEmpty() ? TxResult.SENT : scripted.removeFirst();
        if (verdict == TxResult.NOT_SENT) {
            complete(pending, verdict);
            return pending.result;
        }
        onAir = true;
        scheduler.schedule(pending.timeOnAir, () -> {
            onAir = false;
            complete(pending, verdict);
        });
        return pending.result;
    }

    @Override
    public void close() {
        state = new LinkState.Closed();
        if (listener != null) {
            listener.onStateChange(state);
        }
    }

    /** The next transmissions end with these verdicts, in order; later ones are SENT. */
    public void scriptResults(TxResult... results) {
        scripted.addAll(List.of(results));
    }

    /** From now on transmissions stay pending (and do not block the link) until {@link #completePending}. */
    public void holdCompletions() {
        holding = true;
    }

    /**
     * Completes the oldest held transmission with {@code result}.
     *
     * @return false if none was held
     */
    public boolean completePending(TxResult result) {
        Pending pending = held.pollFirst();
        if (pending == null) {
            return false;
        }
        complete(pending, result);
        return true;
    }

    /** Held transmissions not yet completed. */
    public int heldCount() {
        return held.size();
    }

    /** Every transmission that has completed, in order of completion. */
    public List<Transmission> transmissions() {
        return List.copyOf(completed);
    }

    /** The packets of completed transmissions, in order. */
    public List<Bytes> packets() {
        return completed.stream().map(Transmission::packet).toList();
    }

    /** Delivers a frame to the listener as if the radio heard it now. */
    public void receive(Bytes packet, int snrQuarterDb, int rssiDbm) {
        requireStarted().onReceive(ReceivedFrame.withSignal(id, packet, snrQuarterDb, rssiDbm, scheduler.now()));
    }

    /** Reports a state change to the listener. */
    public void changeState(LinkState newState) {
        state = Objects.requireNonNull(newState, "newState");
        requireStarted().onStateChange(newState);
    }

    private Listener requireStarted() {
        if (listener == null) {
            throw new IllegalStateException("start(listener) was not called");
        }
        return listener;
    }

    private void complete(Pending pending, TxResult result) {
        completed.add(new Transmission(pending.packet, pending.startedAt, pending.timeOnAir, result));
        pending.result.complete(result);
    }

    private static final class Pending {
        final Bytes packet;
        final Instant startedAt;
        final Duration timeOnAir;
        final CompletableFuture<TxResult> result = new CompletableFuture<>();

        Pending(Bytes packet, Instant startedAt, Duration timeOnAir) {
            this.packet = packet;
            this.startedAt = startedAt;
            this.timeOnAir = timeOnAir;
        }
    }
}
