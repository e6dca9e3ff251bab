package org.meshbridge.core.radio.sim;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;

/**
 * A {@link RadioLink} whose radio is a node on a {@link SimulatedAir}: what the bridge's node
 * plugs into instead of a KISS modem. The link is a node of the air named {@link #id()}; place it
 * with {@link SimulatedAir#setLink}.
 *
 * <p>Like a KISS modem it transmits at once (no listen-before-talk of its own; the node's airtime
 * scheduler decides when) and reports {@link TxResult#SENT} when the frame's time-on-air has
 * passed. It is {@link LinkState.Up} from {@link #start} until {@link #close}, except between
 * {@link #fail} and {@link #restore} (a radio that went away: it hears and sends nothing). Received frames
 * carry the link's SNR and RSSI and the air's clock. {@code transmit} may be called from any
 * thread: the frame goes on the air from a task of the air's scheduler, where listener calls also
 * happen.
 */
public final class SimulatedRadioLink implements RadioLink {

    private final String id;
    private final SimulatedAir air;
    private final Scheduler scheduler;
    private volatile LinkState state = new LinkState.Connecting();
    private volatile Listener listener;
    private CompletableFuture<TxResult> inFlight;

    /** Adds a node named {@code id} to {@code air}; it hears nothing until links are set. */
    public SimulatedRadioLink(String id, SimulatedAir air) {
        this.id = Objects.requireNonNull(id, "id");
        this.air = Objects.requireNonNull(air, "air");
        this.scheduler = air.scheduler();
        air.addNode(id, this::onFrame);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public RadioParameters modulation() {
        return air.radio();
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public void start(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (this) {
            if (this.listener != null) {
                throw new IllegalStateException("start was already called");
            }
            this.listener = listener;
        }
        changeState(new LinkState.Up("simulated air, node " + id));
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        Objects.requireNonNull(packet, "packet");
        CompletableFuture<TxResult> result = new CompletableFuture<>();
        synchronized (this) {
            if (!state.isUp() || inFlight != null) {
                result.complete(TxResult.NOT_SENT);
                return result;
            }
            inFlight = result;
        }
        scheduler.execute(() -> putOnAir(packet, result));
        return result;
    }

    /**
     * The radio goes away, as a modem unplugged: the link reports {@link LinkState.Down} with
     * {@code reason}, hears nothing and refuses to transmit until {@link #restore}. No effect
     * before {@link #start} or after {@link #close}.
     */
    public void fail(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (listener != null && state.isUp()) {
            changeState(new LinkState.Down(reason));
        }
    }

    /** The radio is back after {@link #fail}: the link reports {@link LinkState.Up} again. */
    public void restore() {
        if (listener != null && state instanceof LinkState.Down) {
            changeState(new LinkState.Up("simulated air, node " + id));
        }
    }

    @Override
    public void close() {
        CompletableFuture<TxResult> pending;
        synchronized (this) {
            if (state instanceof LinkState.Closed) {
                return;
            }
            pending = inFlight;
            inFlight = null;
        }
        if (pending != null) {
            pending.complete(TxResult.NOT_SENT);
        }
        changeState(new LinkState.Closed());
    }

    private void putOnAir(Bytes packet, CompletableFuture<TxResult> result) {
        if (result.isDone()) {
            return;
        }
        if (packet.isEmpty() || packet.size() > Packet.MAX_FRAME_BYTES) {
            finish(result, TxResult.NOT_SENT);
            return;
        }
        air.transmit(id, packet, () -> finish(result, TxResult.SENT));
    }

    private void finish(CompletableFuture<TxResult> result, TxResult verdict) {
        synchronized (this) {
            if (inFlight == result) {
                inFlight = null;
            }
        }
        result.complete(verdict);
    }

    private void onFrame(Bytes frame, int snrQuarterDb, int rssiDbm) {
        Listener l = listener;
        if (l != null && state.isUp()) {
            l.onReceive(ReceivedFrame.withSignal(id, frame, snrQuarterDb, rssiDbm, scheduler.now()));
        }
    }

    private void changeState(LinkState newState) {
        state = newState;
        Listener l = listener;
        if (l != null) {
            l.onStateChange(newState);
        }
    }
}
