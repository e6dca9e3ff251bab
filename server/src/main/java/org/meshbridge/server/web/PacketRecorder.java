package org.meshbridge.server.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.meshbridge.core.airtime.TxOutcome;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.node.TransmittedPacket;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * Feeds the {@link PacketLog} from the node: every packet heard (duplicates included) and every
 * transmission as it ends, decoded with {@link PacketSummaries}. Runs on the node's scheduler
 * thread, like every {@link NodeListener}. Frames the node could not decode never reach a node
 * listener, so whoever taps the radio link reports them through {@link #onMalformed}.
 */
public final class PacketRecorder implements NodeListener {

    private final PacketLog log;
    private final PacketSummaries summaries;

    public PacketRecorder(PacketLog log, PacketSummaries summaries) {
        this.log = Objects.requireNonNull(log, "log");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
    }

    @Override
    public void onPacketReceived(ReceivedPacket packet) {
        ReceivedFrame frame = packet.frame();
        log.add(received(frame, packet.duplicate(), summaries.of(packet.packet())));
    }

    @Override
    public void onPacketTransmitted(TransmittedPacket packet) {
        TxOutcome outcome = packet.outcome();
        Instant time = outcome instanceof TxOutcome.Transmitted sent ? sent.startedAt() : outcome.endedAt();
        String dropReason = outcome instanceof TxOutcome.Dropped dropped
                ? dropped.reason().name().toLowerCase(Locale.ROOT) : null;
        log.add(new PacketEntry(iso(time), PacketEntry.Direction.TX, packet.linkId(), null, null, null,
                dropReason == null ? "sent" : "dropped", dropReason, packet.packet().encode().hex(),
                summaries.of(packet.packet())));
    }

    /** A frame a link heard that is not a MeshCore packet. */
    public void onMalformed(ReceivedFrame frame, MalformedFrameException error) {
        log.add(received(frame, false, PacketSummary.malformed(error.getMessage())));
    }

    private static PacketEntry received(ReceivedFrame frame, boolean duplicate, PacketSummary summary) {
        // a KISS modem whose RxMeta never came gave no report: shown as null
        Double snr = frame.signal().map(SignalReport::snrDb).orElse(null);
        Integer rssi = frame.signal().map(SignalReport::rssiDbm).orElse(null);
        return new PacketEntry(iso(frame.receivedAt()), PacketEntry.Direction.RX, frame.linkId(), snr, rssi, duplicate,
                null, null, frame.packet().hex(), summary);
    }

    /** ISO-8601 UTC to the millisecond. */
    private static String iso(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
