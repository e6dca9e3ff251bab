package org.meshbridge.server.app;

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
 * The in-memory radio of a test gateway site: every transmission completes at once with SENT and
 * is queued for the test; {@link #hear} plays a received frame to the gateway client.
 */
final class SiteRadio implements RadioLink {

    static final RadioParameters PARAMETERS = new RadioParameters(869_525_000L, 250_000, 11, 5);

    final BlockingQueue<Bytes> transmitted = new LinkedBlockingQueue<>();
    private volatile Listener listener;

    @Override
    public String id() {
        return "site0";
    }

    @Override
    public RadioParameters modulation() {
        return PARAMETERS;
    }

    @Override
    public LinkState state() {
        return new LinkState.Up("site radio");
    }

    @Override
    public synchronized void start(Listener newListener) {
        listener = Objects.requireNonNull(newListener, "listener");
        listener.onStateChange(state());
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        transmitted.add(packet);
        return CompletableFuture.completedFuture(TxResult.SENT);
    }

    @Override
    public void close() {
    }

    synchronized void hear(Bytes packet, Instant at) {
        listener.onReceive(ReceivedFrame.withSignal(id(), packet, -12, -110, at));
    }
}
