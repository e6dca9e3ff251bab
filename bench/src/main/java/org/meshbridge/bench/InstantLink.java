package org.meshbridge.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A {@link RadioLink} for benchmarks: {@link #hear} plays a frame into the node exactly as a radio
 * adapter does (its listener's {@code onReceive}), and every transmission completes at once as
 * {@link TxResult#SENT} and is counted. With {@link #AIRTIME} (1 ns per frame) the node's airtime
 * scheduler never has a frame waiting, so replies are sent and counted rather than piling up.
 */
final class InstantLink implements RadioLink {

    /** Time-on-air of every frame on this link: 1 ns, so transmissions never queue. */
    static final AirtimeEstimator AIRTIME = bytes -> Duration.ofNanos(1);

    private static final CompletionStage<TxResult> SENT = CompletableFuture.completedFuture(TxResult.SENT);

    private final DirectScheduler scheduler;
    private Listener listener;
    private long transmitted;

    InstantLink(DirectScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A frame heard with a typical signal report (SNR 5 dB, RSSI −90 dBm), stamped with the scheduler's clock. */
    void hear(Bytes packet) {
        listener.onReceive(ReceivedFrame.withSignal("bench0", packet, 20, -90, scheduler.now()));
    }

    /** Frames the node has handed to this link so far. */
    long transmitted() {
        return transmitted;
    }

    @Override
    public String id() {
        return "bench0";
    }

    @Override
    public RadioParameters modulation() {
        return RadioParameters.MESHCORE_DEFAULT;
    }

    @Override
    public LinkState state() {
        return listener == null ? new LinkState.Connecting() : new LinkState.Up("benchmark link, transmissions complete at once");
    }

    @Override
    public void start(Listener value) {
        this.listener = value;
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        transmitted++;
        return SENT;
    }

    @Override
    public void close() {
        listener = null;
    }
}
