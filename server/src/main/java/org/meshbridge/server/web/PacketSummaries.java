package org.meshbridge.server.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.ChannelPlaintext;
import org.meshbridge.protocol.payload.ControlPayload;
import org.meshbridge.protocol.payload.GroupDataPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.RawCustomPayload;
import org.meshbridge.protocol.payload.TracePayload;
import org.meshbridge.protocol.payload.UnknownPayload;

/**
 * Turns raw frames into {@link PacketSummary}s for the packet log. Group payloads are opened with
 * the registered channels (name → key); everything else encrypted stays closed. Never throws for
 * untrusted bytes: what does not decode becomes {@code error}.
 */
public final class PacketSummaries {

    private static final double MICRO_DEGREES = 1e6;

    private final Map<String, ChannelKey> channels;
    private final List<ChannelKey> keys;

    /** @param channels the channels whose group payloads are opened, by the name to show */
    public PacketSummaries(Map<String, ChannelKey> channels) {
        this.channels = Map.copyOf(channels);
        this.keys = List.copyOf(channels.values());
    }

    /** A raw frame: decoded as a packet, or its decode error. */
    public PacketSummary of(Bytes frame) {
        try {
            return of(Packet.decode(frame));
        } catch (MalformedFrameException e) {
            return PacketSummary.malformed(error(e));
        }
    }

    /** A decoded packet: header fields plus its payload, or the payload's decode error. */
    public PacketSummary of(Packet packet) {
        String type = packet.payloadType().map(Enum::name)
                .orElse(String.format(Locale.ROOT, "0x%02X", packet.payloadTypeCode()));
        List<String> path = hops(packet.path());
        String hash = packet.hash().hex();
        try {
            PayloadSummary payload = payload(Payload.decode(packet));
            return new PacketSummary(packet.route().name(), type, path.size(), path, hash, payload, null);
        } catch (MalformedFrameException e) {
            return new PacketSummary(packet.route().name(), type, path.size(), path, hash, null, error(e));
        }
    }

    private PayloadSummary payload(Payload payload) throws MalformedFrameException {
        if (payload instanceof AdvertPayload advert) {
            return advert(advert);
        } else if (payload instanceof GroupTextPayload text) {
            return groupText(text);
        } else if (payload instanceof GroupDataPayload data) {
            return new PayloadSummary.Group(hex8(data.channelHash()), channelOf(data.channelHash()), null, null, null);
        } else if (payload instanceof AckPayload ack) {
            return new PayloadSummary.Ack(ack.hash().value().hex());
        } else if (payload instanceof PeerDatagram peer) {
            return new PayloadSummary.Peer(hex8(peer.destHash()), hex8(peer.srcHash()));
        } else if (payload instanceof AnonRequestPayload anon) {
            return new PayloadSummary.AnonRequest(hex8(anon.destHash()), anon.senderPublicKey().hex());
        } else if (payload instanceof TracePayload trace) {
            return new PayloadSummary.Trace(trace.tag(), trace.hopCount());
        } else if (payload instanceof MultipartPayload multipart) {
            return new PayloadSummary.Multipart(multipart.remaining(), multipart.innerTypeCode());
        } else if (payload instanceof ControlPayload control) {
            return new PayloadSummary.Control(hex8(control.subType()));
        } else if (payload instanceof RawCustomPayload raw) {
            return new PayloadSummary.Opaque(raw.data().size());
        } else if (payload instanceof UnknownPayload unknown) {
            return new PayloadSummary.Opaque(unknown.data().size());
        }
        throw new IllegalStateException("no summary for " + payload.getClass());
    }

    private static PayloadSummary advert(AdvertPayload advert) throws MalformedFrameException {
        AdvertAppData app = AdvertAppData.decode(advert.appData());
        String role = app.nodeType().map(t -> t.name().toLowerCase(Locale.ROOT))
                .orElse("type " + app.nodeTypeCode());
        Double lat = app.location().map(l -> l.latitudeMicroDeg() / MICRO_DEGREES).orElse(null);
        Double lon = app.location().map(l -> l.longitudeMicroDeg() / MICRO_DEGREES).orElse(null);
        return new PayloadSummary.Advert(app.name().orElse(null), role,
                advert.publicKey().hex(), Instant.ofEpochSecond(advert.timestamp()).toString(), lat, lon,
                advert.verifySignature());
    }

    private PayloadSummary groupText(GroupTextPayload text) throws MalformedFrameException {
        Optional<ChannelPlaintext<GroupTextContent>> opened = text.open(keys);
        if (opened.isEmpty()) {
            return new PayloadSummary.Group(hex8(text.channelHash()), null, null, null, null);
        }
        GroupTextContent content = opened.get().content();
        return new PayloadSummary.Group(hex8(text.channelHash()), nameOf(opened.get().channel()),
                content.sender().orElse(null), content.message(), Instant.ofEpochSecond(content.timestamp()).toString());
    }

    /** The channel name when exactly the registered channels with this hash are known; null otherwise. */
    private String channelOf(int hash) {
        return channels.entrySet().stream().filter(e -> e.getValue().hash() == hash).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private String nameOf(ChannelKey key) {
        return channels.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static List<String> hops(Path path) {
        List<String> hops = new ArrayList<>(path.hopCount());
        for (int i = 0; i < path.hopCount(); i++) {
            hops.add(path.hop(i).hex());
        }
        return hops;
    }

    private static String hex8(int value) {
        return String.format(Locale.ROOT, "%02x", value);
    }

    private static String error(MalformedFrameException e) {
        return e.getMessage();
    }
}
