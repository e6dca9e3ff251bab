package org.meshbridge.server.gateway;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;

/**
 * A remote gateway's radio as a {@link RadioLink}. Its id is {@link GatewayProtocol#linkId} of the
 * gateway id, so it stays the same across reconnects; its modulation is what the gateway's hello
 * reported (a hello with other parameters replaces the link, see {@link GatewayRegistry}).
 *
 * <p>{@link LinkState.Up} while the gateway is connected and its radio is up; {@link LinkState.Down}
 * when the gateway is disconnected or its radio is down; {@link LinkState.Connecting} while its radio
 * connects. {@link #transmit} sends a {@code tx} and completes on the matching {@code tx_result}, or
 * {@link TxResult#FAILED} after the packet's time-on-air plus a margin, or when the gateway
 * disconnects with the frame in flight. One frame in flight: a second one is {@link TxResult#NOT_SENT}.
 * Frames received before {@link #start} are dropped and counted. Listener calls are made one at a
 * time under this link's lock; the listener must hand them on, not block.
 */
public final class GatewayRadioLink implements RadioLink {

    private final String gatewayId;
    private final String id;
    private final RadioParameters modulation;
    private final Scheduler scheduler;
    private final Duration txTimeoutMargin;
    private final Consumer<GatewayRadioLink> onClosed;
    private GatewayConnection connection;
    private LinkState radioState = new LinkState.Connecting();
    private LinkState state = new LinkState.Connecting();
    private Listener listener;
    private InFlight inFlight;
    private long nextTxId = 1;
    private long droppedBeforeStart;
    private boolean closed;

    GatewayRadioLink(String gatewayId, RadioParameters modulation, Scheduler scheduler, Duration txTimeoutMargin,
            Consumer<GatewayRadioLink> onClosed) {
        this.gatewayId = GatewayIds.require(gatewayId);
        this.id = GatewayProtocol.linkId(gatewayId);
        this.modulation = Objects.requireNonNull(modulation, "modulation");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.txTimeoutMargin = Objects.requireNonNull(txTimeoutMargin, "txTimeoutMargin");
        this.onClosed = Objects.requireNonNull(onClosed, "onClosed");
    }

    @Override
    public String id() {
        return id;
    }

    /** The gateway's own id, as in its hello. */
    public String gatewayId() {
        return gatewayId;
    }

    @Override
    public RadioParameters modulation() {
        return modulation;
    }

    @Override
    public synchronized LinkState state() {
        return state;
    }

    /** Received frames dropped because {@link #start} had not been called yet. */
    public synchronized long droppedBeforeStart() {
        return droppedBeforeStart;
    }

    @Override
    public synchronized void start(Listener newListener) {
        if (listener != null) {
            throw new IllegalStateException("start() may be called once");
        }
        listener = Objects.requireNonNull(newListener, "listener");
        listener.onStateChange(state);
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        Objects.requireNonNull(packet, "packet");
        CompletableFuture<TxResult> result = new CompletableFuture<>();
        GatewayConnection target;
        long txId;
        synchronized (this) {
            if (closed || connection == null || !state.isUp() || inFlight != null
                    || packet.isEmpty() || packet.size() > Packet.MAX_FRAME_BYTES) {
                result.complete(TxResult.NOT_SENT);
                return result;
            }
            txId = nextTxId++;
            Duration timeout = TimeOnAir.duration(modulation.modulation(), packet.size()).plus(txTimeoutMargin);
            InFlight pending = new InFlight(txId, result);
            pending.timeout = scheduler.schedule(timeout, () -> finish(txId, TxResult.FAILED));
            inFlight = pending;
            target = connection;
        }
        target.send(new TxMessage(txId, packet));
        return result;
    }

    /** Stops the link: closes the gateway's connection, fails a pending frame NOT_SENT, reports Closed. */
    @Override
    public void close() {
        GatewayConnection previous;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            previous = connection;
            connection = null;
            finishInFlight(TxResult.NOT_SENT);
            changeState(new LinkState.Closed());
        }
        if (previous != null) {
            previous.close(CloseCode.NORMAL, "link " + id + " closed by the server");
        }
        onClosed.accept(this);
    }

    /**
     * {@code connection} is now this gateway's: sends it {@code welcome}, then takes the link up, so
     * no {@code tx} can precede the welcome and none is refused once the gateway has been welcomed.
     * Returns the connection it replaces, if any.
     */
    synchronized GatewayConnection attach(GatewayConnection newConnection, LinkState gatewayRadio, Welcome welcome) {
        if (closed) {
            newConnection.close(CloseCode.NORMAL, "link " + id + " closed by the server");
            return null;
        }
        GatewayConnection previous = connection;
        if (previous != null) {
            finishInFlight(TxResult.FAILED);
        }
        connection = newConnection;
        radioState = gatewayRadio;
        newConnection.send(welcome);
        changeState(derivedState(newConnection.remoteAddress()));
        return previous;
    }

    /** {@code gone} disconnected; if it was the current connection the link goes down. */
    synchronized void detach(GatewayConnection gone, String reason) {
        if (connection != gone || closed) {
            return;
        }
        connection = null;
        finishInFlight(TxResult.FAILED);
        changeState(new LinkState.Down("gateway " + gatewayId + " disconnected: " + reason));
    }

    synchronized void radioChanged(GatewayConnection from, LinkState gatewayRadio) {
        if (connection != from || closed) {
            return;
        }
        radioState = gatewayRadio;
        changeState(derivedState(from.remoteAddress()));
    }

    synchronized void received(GatewayConnection from, RxMessage rx) {
        if (connection != from || closed) {
            return;
        }
        if (listener == null) {
            droppedBeforeStart++;
            return;
        }
        listener.onReceive(new ReceivedFrame(id, rx.packet(), rx.snrQuarterDb(), rx.rssiDbm(), scheduler.now()));
    }

    /** A tx_result arrived; true if it matched the frame in flight. */
    boolean reported(GatewayConnection from, TxReport report) {
        synchronized (this) {
            if (connection != from) {
                return false;
            }
        }
        return finish(report.id(), report.result());
    }

    private boolean finish(long txId, TxResult result) {
        CompletableFuture<TxResult> done;
        synchronized (this) {
            if (inFlight == null || inFlight.id != txId) {
                return false;
            }
            done = inFlight.result;
            inFlight.timeout.cancel();
            inFlight = null;
        }
        done.complete(result);
        return true;
    }

    private void finishInFlight(TxResult result) {
        if (inFlight != null) {
            InFlight pending = inFlight;
            inFlight = null;
            pending.timeout.cancel();
            pending.result.complete(result);
        }
    }

    private LinkState derivedState(String remote) {
        if (radioState instanceof LinkState.Up up) {
            return new LinkState.Up("gateway " + gatewayId + " at " + remote + ": " + up.detail());
        }
        if (radioState instanceof LinkState.Down down) {
            return new LinkState.Down("gateway " + gatewayId + " radio down: " + down.reason());
        }
        if (radioState instanceof LinkState.Closed) {
            return new LinkState.Down("gateway " + gatewayId + " radio closed");
        }
        return new LinkState.Connecting();
    }

    private void changeState(LinkState next) {
        if (next.equals(state)) {
            return;
        }
        state = next;
        if (listener != null) {
            listener.onStateChange(next);
        }
    }

    @Override
    public String toString() {
        return "GatewayRadioLink[" + id + "]";
    }

    private static final class InFlight {
        final long id;
        final CompletableFuture<TxResult> result;
        Cancellable timeout;

        InFlight(long id, CompletableFuture<TxResult> result) {
            this.id = id;
            this.result = result;
        }
    }
}
