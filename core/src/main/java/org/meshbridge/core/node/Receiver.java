package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.TracePayload;

/**
 * The receive path: decode, then the firmware's decision procedure (spec §5.2, firmware
 * {@code Dispatcher::tryParsePacket} and {@code Mesh::onRecvPacket}) with duplicate suppression
 * where the firmware applies it. Bad bytes are dropped and counted by reason. Confined to the
 * scheduler thread.
 */
final class Receiver {

    private final LocalIdentity self;
    private final SeenTable seen;
    private final NodeCounters counters;
    private final RegionScope regions;
    private final Forwarder forwarder;
    private final LocalDelivery local;
    private final MessageSender sender;
    private final AdvertIntake adverts;
    private final Consumer<ReceivedPacket> events;

    Receiver(LocalIdentity self, SeenTable seen, NodeCounters counters, RegionScope regions, Forwarder forwarder,
             LocalDelivery local, MessageSender sender, AdvertIntake adverts, Consumer<ReceivedPacket> events) {
        this.self = self;
        this.seen = seen;
        this.counters = counters;
        this.regions = regions;
        this.forwarder = forwarder;
        this.local = local;
        this.sender = sender;
        this.adverts = adverts;
        this.events = events;
    }

    void onFrame(ReceivedFrame frame) {
        counters.framesReceived++;
        Packet packet;
        try {
            packet = Packet.decode(frame.packet());
        } catch (MalformedFrameException malformed) {
            counters.malformed(malformed.reason());
            return;
        }
        long key = SeenTable.key(packet);
        events.accept(new ReceivedPacket(frame, packet, seen.contains(key)));
        RegionScope.Match region = regions.match(packet);
        Arrival arrival = new Arrival(frame.linkId(), packet.route(), packet.path(), region.region(), frame.signal(),
                frame.receivedAt());
        try {
            route(packet, key, region, arrival);
        } catch (MalformedFrameException malformed) {
            counters.malformed(malformed.reason());
        }
    }

    private void route(Packet packet, long key, RegionScope.Match region, Arrival arrival) throws MalformedFrameException {
        boolean direct = packet.route().isDirect();
        if (direct && packet.is(PayloadType.TRACE)) {
            trace(packet, key, arrival);
        } else if (direct && packet.is(PayloadType.CONTROL) && !packet.payload().isEmpty()
                && (packet.payload().get(0) & NodeConstants.CONTROL_ZERO_HOP_BIT) != 0) {
            count(packet.path().isEmpty());
        } else if (direct && !packet.path().isEmpty()) {
            relayDirect(packet, key, arrival);
        } else {
            processLocally(packet, key, region, arrival);
        }
    }

    /** Step 1: a TRACE collects one SNR byte per hop while it is relayed along the hops in its payload. */
    private void trace(Packet packet, long key, Arrival arrival) throws MalformedFrameException {
        if (packet.path().pathLenByte() >= NodeConstants.MAX_PATH_SIZE) {
            count(false);
            return;
        }
        TracePayload trace = TracePayload.read(packet.payload().reader());
        int offset = packet.path().pathLenByte() << (trace.flags() & 3);
        if (offset >= trace.hopHashes().size()) {
            count(true);
            return;
        }
        Bytes next = trace.hopHashes().slice(offset, offset + trace.hashSize());
        if (forwarder.enabled() && self.identity().isHashMatch(next) && seen.markIfNew(key)) {
            forwarder.traceOnward(packet, arrival.signal(), arrival.linkId());
            return;
        }
        count(false);
    }

    /** Step 3: a direct packet still travelling; only its next hop relays it, ACKs are checked early. */
    private void relayDirect(Packet packet, long key, Arrival arrival) throws MalformedFrameException {
        boolean ours = packet.is(PayloadType.ACK) && packet.payload().size() >= AckHash.BYTES
                && sender.onAck(new AckHash(packet.payload().prefix(AckHash.BYTES)), arrival);
        if (!forwarder.enabled() || !forwarder.isNextHop(packet.path())) {
            count(false);
            return;
        }
        if (packet.is(PayloadType.MULTIPART)) {
            MultipartPayload multi = MultipartPayload.read(packet.payload().reader());
            if (multi.innerAck().isPresent() && seen.markIfNew(SeenTable.key(innerOf(packet, multi)))) {
                forwarder.directAckOnward(multi.inner(), packet.path().withFirstHopRemoved(),
                        NodeConstants.MULTI_ACK_SPACING.multipliedBy(multi.remaining() + 1L), arrival.linkId());
            }
        } else if (packet.is(PayloadType.ACK)) {
            if (seen.markIfNew(key) && !ours) {
                forwarder.directAckOnward(packet.payload(), packet.path().withFirstHopRemoved(),
                        Duration.ZERO, arrival.linkId());
            }
        } else if (seen.markIfNew(key)) {
            forwarder.directOnward(packet, arrival.linkId());
        }
    }

    /** Steps 5 and 6: floods and zero-hop packets, deduplicated, handled by type, then flooded onward. */
    private void processLocally(Packet packet, long key, RegionScope.Match region, Arrival arrival)
            throws MalformedFrameException {
        Optional<PayloadType> type = packet.payloadType();
        if (type.isEmpty()) {
            count(false);
            return;
        }
        switch (type.get()) {
            case ACK -> {
                AckHash ack = AckHash.read(packet.payload().reader());
                if (fresh(key)) {
                    onward(packet, region, arrival, sender.onAck(ack, arrival));
                }
            }
            case PATH, REQ, RESPONSE, TXT_MSG -> {
                PeerDatagram datagram = PeerDatagram.read(type.get(), packet.payload().reader());
                if (fresh(key)) {
                    onward(packet, region, arrival, local.peerDatagram(datagram, arrival));
                }
            }
            case ANON_REQ -> {
                AnonRequestPayload request = AnonRequestPayload.read(packet.payload().reader());
                if (fresh(key)) {
                    onward(packet, region, arrival, local.anonRequest(request, arrival));
                }
            }
            case GRP_TXT, GRP_DATA -> {
                GroupDatagram datagram = GroupDatagram.read(type.get(), packet.payload().reader());
                if (fresh(key)) {
                    local.group(datagram, arrival);
                    onward(packet, region, arrival, false);
                }
            }
            case ADVERT -> advert(packet, key, region, arrival);
            case RAW_CUSTOM -> count(packet.route().isDirect() && fresh(key));
            case MULTIPART -> multipart(packet, arrival);
            default -> count(false);
        }
    }

    private void advert(Packet packet, long key, RegionScope.Match region, Arrival arrival) throws MalformedFrameException {
        AdvertPayload advert = AdvertPayload.read(packet.payload().reader());
        if (adverts.isOwn(advert) || !fresh(key)) {
            return;
        }
        if (adverts.accept(advert, arrival)) {
            onward(packet, region, arrival, false);
        } else {
            counters.dropped++;
        }
    }

    /** A MULTIPART ACK: deduplicated on the inner ACK under the MULTIPART type, never flooded on. */
    private void multipart(Packet packet, Arrival arrival) throws MalformedFrameException {
        MultipartPayload multi = MultipartPayload.read(packet.payload().reader());
        Optional<AckPayload> ack = multi.innerAck();
        if (ack.isPresent() && seen.markIfNew(SeenTable.key(innerOf(packet, multi)))) {
            counters.processed++;
            sender.onAck(ack.get().hash(), arrival);
        }
    }

    /** The firmware's temporary packet for a MULTIPART ACK: same header and path, the inner ACK as payload. */
    private static Packet innerOf(Packet packet, MultipartPayload multi) {
        return new Packet(packet.route(), packet.payloadTypeCode(), packet.version(), packet.transportCodes(), packet.path(),
                multi.inner());
    }

    private boolean fresh(long key) {
        if (!seen.markIfNew(key)) {
            return false;
        }
        counters.processed++;
        return true;
    }

    private void onward(Packet packet, RegionScope.Match region, Arrival arrival, boolean forUs) {
        if (!forUs) {
            forwarder.floodOnward(packet, region, arrival.linkId());
        }
    }

    private void count(boolean processed) {
        if (processed) {
            counters.processed++;
        } else {
            counters.dropped++;
        }
    }
}
