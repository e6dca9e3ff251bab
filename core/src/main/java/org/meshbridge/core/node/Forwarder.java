package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.time.Jitter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.MultipartPayload;

/**
 * The repeater's rules (spec §5.2 steps 3 and 6, firmware {@code Mesh::onRecvPacket},
 * {@code routeRecvPacket}, {@code forwardMultipartDirect}, {@code routeDirectRecvAcks} and the
 * repeater's {@code allowPacketForward}, {@code getRetransmitDelay}). The caller has already
 * applied duplicate suppression where the firmware does. Confined to the scheduler thread.
 */
final class Forwarder {

    private final ForwardingConfig config;
    private final LocalIdentity self;
    private final Transmitter transmitter;
    private final RandomGenerator random;
    private final NodeCounters counters;
    private final int extraAcks;

    Forwarder(ForwardingConfig config, LocalIdentity self, Transmitter transmitter, RandomGenerator random,
              NodeCounters counters, int extraAcks) {
        this.config = config;
        this.self = self;
        this.transmitter = transmitter;
        this.random = random;
        this.counters = counters;
        this.extraAcks = extraAcks;
    }

    boolean enabled() {
        return config.enabled();
    }

    /** True when a direct packet's next hop is this node ({@code isHashMatch(pkt->path, hash size)}). */
    boolean isNextHop(Path path) {
        return !path.isEmpty() && self.identity().isHashMatch(path.hop(0));
    }

    /** Step 6: appends our hash and queues a flood onward, if every rule allows. */
    void floodOnward(Packet packet, RegionScope.Match region, String linkId) {
        Path path = packet.path();
        boolean advert = packet.is(PayloadType.ADVERT);
        if (!config.enabled() || !packet.route().isFlood() || !path.canAppendHop()
                || config.isHopLimitExceeded(path.hopCount(), packet.route() == RouteType.FLOOD, advert)
                || !region.found() || config.loopDetect().isLooped(occurrencesOfSelf(path), path.hashSize())) {
            return;
        }
        Packet onward = packet.withPath(path.withHopAppended(self.publicKey().prefix(path.hashSize())));
        transmitter.forward(onward, delay(onward, config.txDelayFactor(), linkId));
        counters.forwarded++;
    }

    /** Step 3: a direct packet for which we are the next hop (already marked seen): consume our hop and relay it. */
    void directOnward(Packet packet, String linkId) {
        Packet onward = packet.withPath(packet.path().withFirstHopRemoved());
        transmitter.forward(onward, delay(onward, config.directTxDelayFactor(), linkId));
        counters.forwarded++;
    }

    /**
     * Step 1: a TRACE for which we are the next hop (already marked seen): append the SNR we heard
     * it with (quarter dB, clamped to a signed byte; 0 when the radio reported none) and relay it.
     */
    void traceOnward(Packet packet, Optional<SignalReport> signal, String linkId) {
        int snrQuarterDb = signal.map(SignalReport::snrQuarterDb).orElse(0);
        byte snr = (byte) Math.max(Byte.MIN_VALUE, Math.min(Byte.MAX_VALUE, snrQuarterDb));
        Packet onward = packet.withPath(packet.path().withHopAppended(Bytes.of(snr)));
        transmitter.forward(onward, delay(onward, config.directTxDelayFactor(), linkId));
        counters.forwarded++;
    }

    /**
     * Step 3 for ACKs ({@code routeDirectRecvAcks}): the ACK is re-created along the remaining path,
     * after any multi-ACKs of our own, starting {@code delay} from now.
     */
    void directAckOnward(Bytes ackPayload, Path remaining, Duration delay, String linkId) {
        Duration at = delay;
        for (int extra = extraAcks; extra > 0; extra--) {
            Packet multi = Packet.direct(PayloadType.MULTIPART, remaining,
                    new MultipartPayload(extra, PayloadType.ACK.code(), ackPayload).encode());
            at = at.plus(delay(multi, config.directTxDelayFactor(), linkId)).plus(NodeConstants.MULTI_ACK_SPACING);
            transmitter.forward(multi, at);
        }
        transmitter.forward(Packet.direct(PayloadType.ACK, remaining, ackPayload), at);
        counters.forwarded++;
    }

    /** A uniform whole-ms delay in {@code [0, 5t]}, t = airtime(path + payload + 2) × factor, truncated to ms. */
    Duration delay(Packet packet, double factor, String linkId) {
        long airtime = transmitter.airtimeMillis(linkId, packet.path().byteLength() + packet.payload().size() + 2);
        long t = (long) (airtime * factor);
        return Jitter.uniformMillis(random, Duration.ofMillis(NodeConstants.RETRANSMIT_DELAY_SPREAD * t));
    }

    private int occurrencesOfSelf(Path path) {
        int n = 0;
        for (int i = 0; i < path.hopCount(); i++) {
            if (self.identity().isHashMatch(path.hop(i))) {
                n++;
            }
        }
        return n;
    }
}
