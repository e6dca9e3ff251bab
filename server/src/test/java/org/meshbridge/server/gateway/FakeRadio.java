package org.meshbridge.server.gateway;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A working in-memory radio for the gateway client, safe to drive from the test thread: every
 * transmission completes at once with SENT and is queued for the test; {@link #hear} plays a
 * received frame to the listener.
 */
final class FakeRadio implements RadioLink {

    /** The gateway's radio runs something other than the default, so tests see it reported. */
    static final RadioParameters PARAMETERS = new RadioParameters(869_525_000L, 250_000, 11, 5);

    final BlockingQueue<Bytes> transmitted = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile Listener listener;
    private volatile LinkState state = new LinkState.Up("fake radio");

    @Override
    public String id() {
        return "fake0";
    }

    @Override
    public RadioParameters modulation() {
        return PARAMETERS;
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public synchronized void start(Listener newListener) {
        listener = Objects.requireNonNull(newListener, "listener");
        listener.onStateChange(state);
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        transmitted.add(packet);
        return CompletableFuture.completedFuture(TxResult.SENT);
    }

    @Override
    public void close() {
        closed.complete(null);
    }

    CompletableFuture<Void> closedFuture() {
        return closed;
    }

    synchronized void hear(Bytes packet, int snrQuarterDb, int rssiDbm, Instant at) {
        listener.onReceive(new ReceivedFrame(id(), packet, snrQuarterDb, rssiDbm, at));
    }

    synchronized void changeState(LinkState next) {
        state = next;
        listener.onStateChange(next);
    }
}
