package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;

/**
 * The payload of a packet, one record per payload type (spec §4, firmware {@code Mesh.cpp}).
 * Encrypted payloads stay encrypted here: their plaintexts are the {@code …Content} records.
 * Every record validates in its compact constructor, and every accepted payload re-encodes to
 * the same bytes.
 */
public sealed interface Payload
        permits PeerDatagram, GroupDatagram, AckPayload, AdvertPayload, AnonRequestPayload, TracePayload,
        MultipartPayload, ControlPayload, RawCustomPayload, UnknownPayload {

    /** The raw 4-bit payload type code. */
    int typeCode();

    /** The payload type; empty only for {@link UnknownPayload}. */
    default Optional<PayloadType> type() {
        return PayloadType.fromCode(typeCode());
    }

    /** Writes the payload bytes. */
    void write(ByteWriter w);

    /** The payload bytes. */
    default Bytes encode() {
        ByteWriter w = new ByteWriter();
        write(w);
        return w.toBytes();
    }

    /** A version-1 packet carrying this payload on {@code route} along {@code path} (no transport codes). */
    default Packet toPacket(RouteType route, Path path) {
        if (route.hasTransportCodes()) {
            throw new IllegalArgumentException("use the Packet constructor for " + route);
        }
        return new Packet(route, typeCode(), 0, Optional.empty(), path, encode());
    }

    /** A flood packet with zero hops of 1-byte hashes. */
    default Packet toFlood() {
        return toPacket(RouteType.FLOOD, Path.EMPTY);
    }

    /** A direct packet along {@code path}. */
    default Packet toDirect(Path path) {
        return toPacket(RouteType.DIRECT, path);
    }

    /** A direct packet with an empty path. */
    default Packet toZeroHop() {
        return toPacket(RouteType.DIRECT, Path.EMPTY);
    }

    /** Decodes the payload of {@code packet}. */
    static Payload decode(Packet packet) throws MalformedFrameException {
        return decode(packet.payloadTypeCode(), packet.payload());
    }

    /**
     * Decodes a payload of the given 4-bit type. Reserved types become {@link UnknownPayload};
     * bytes a known type cannot hold throw.
     *
     * @throws IllegalArgumentException if {@code typeCode} is not 0..15
     */
    static Payload decode(int typeCode, Bytes payload) throws MalformedFrameException {
        Objects.requireNonNull(payload, "payload");
        PayloadFields.checkInputSize(payload, PayloadConstants.MAX_PACKET_PAYLOAD, "payload");
        Optional<PayloadType> type = PayloadType.fromCode(typeCode);
        if (type.isEmpty()) {
            return new UnknownPayload(typeCode, payload);
        }
        return switch (type.get()) {
            case REQ, RESPONSE, TXT_MSG, PATH -> PeerDatagram.read(type.get(), payload.reader());
            case GRP_TXT, GRP_DATA -> GroupDatagram.read(type.get(), payload.reader());
            case ACK -> AckPayload.read(payload.reader());
            case ADVERT -> AdvertPayload.read(payload.reader());
            case ANON_REQ -> AnonRequestPayload.read(payload.reader());
            case TRACE -> TracePayload.read(payload.reader());
            case MULTIPART -> MultipartPayload.read(payload.reader());
            case CONTROL -> ControlPayload.read(payload.reader());
            case RAW_CUSTOM -> new RawCustomPayload(payload);
        };
    }
}
