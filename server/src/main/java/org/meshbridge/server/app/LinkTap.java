package org.meshbridge.server.app;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.server.web.PacketRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's radio link with a tap in front: the first Up is reported ({@link #firstUp()}),
 * and frames that are not MeshCore packets (which the node only counts) are put
 * in the packet log. Everything else passes through unchanged. The malformed check runs as a
 * scheduler task handed in just before the node's own, so the log keeps the order frames came in.
 */
final class LinkTap implements RadioLink {

    private static final Logger LOG = LoggerFactory.getLogger(LinkTap.class);

    private final RadioLink link;
    private final Scheduler scheduler;
    private final PacketRecorder recorder;
    private final CompletableFuture<LinkState.Up> firstUp = new CompletableFuture<>();

    LinkTap(RadioLink link, Scheduler scheduler, PacketRecorder recorder) {
        this.link = Objects.requireNonNull(link, "link");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** Completes the first time the link reports Up. */
    CompletionStage<LinkState.Up> firstUp() {
        return firstUp.minimalCompletionStage();
    }

    @Override
    public String id() {
        return link.id();
    }

    @Override
    public RadioParameters modulation() {
        return link.modulation();
    }

    @Override
    public LinkState state() {
        return link.state();
    }

    @Override
    public void start(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        link.start(new Listener() {
            @Override
            public void onReceive(ReceivedFrame frame) {
                scheduler.execute(() -> recordIfMalformed(frame));
                listener.onReceive(frame);
            }

            @Override
            public void onStateChange(LinkState state) {
                log(state);
                if (state instanceof LinkState.Up up) {
                    firstUp.complete(up);
                }
                listener.onStateChange(state);
            }
        });
    }

    @Override
    public CompletionStage<TxResult> transmit(org.meshbridge.protocol.bytes.Bytes packet) {
        return link.transmit(packet);
    }

    @Override
    public void close() {
        link.close();
    }

    private void recordIfMalformed(ReceivedFrame frame) {
        try {
            Packet.decode(frame.packet());
        } catch (MalformedFrameException e) {
            recorder.onMalformed(frame, e);
        }
    }

    /** At debug level: the serial and TCP links log their own changes at info and warn. */
    private void log(LinkState state) {
        LOG.debug("radio {}: {}", link.id(), state);
    }
}
