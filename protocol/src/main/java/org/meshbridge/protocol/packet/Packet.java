package org.meshbridge.protocol.packet;

import static org.meshbridge.protocol.packet.PacketConstants.PAYLOAD_VER_1;
import static org.meshbridge.protocol.packet.PacketConstants.ROUTE_MASK;
import static org.meshbridge.protocol.packet.PacketConstants.TYPE_MASK;
import static org.meshbridge.protocol.packet.PacketConstants.TYPE_SHIFT;
import static org.meshbridge.protocol.packet.PacketConstants.VER_MASK;
import static org.meshbridge.protocol.packet.PacketConstants.VER_SHIFT;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * One on-air MeshCore packet:
 * {@code header(1) | [transport_code_1(2) transport_code_2(2)] | path_len(1) | path | payload}.
 *
 * <p>The payload type is kept as its raw 4-bit code so reserved types (0x0C..0x0E) round-trip;
 * {@link #payloadType()} maps it. The payload stays bytes here; {@code protocol.payload} reads it.
 *
 * <p>{@link #decode(Bytes)} applies {@code Dispatcher::tryParsePacket}. An empty payload is
 * accepted, as the Dispatcher accepts it (only {@code Packet::readFrom}, used by the bridges and
 * contact import, requires one payload byte); per-type minimums belong to the payload readers.
 *
 * @param route            the route type (header bits 0..1)
 * @param payloadTypeCode  the raw payload type, 0..15 (header bits 2..5)
 * @param version          the payload version, 0..3 (header bits 6..7); decode accepts only 0
 * @param transportCodes   present exactly when {@code route.hasTransportCodes()}
 * @param path             the path with its hash size
 * @param payload          at most {@link #MAX_PAYLOAD_BYTES} bytes, possibly empty
 */
public record Packet(RouteType route, int payloadTypeCode, int version, Optional<TransportCodes> transportCodes,
                     Path path, Bytes payload) {

    /** One SHA-256 per thread for {@link #hash()}: a provider look-up per packet shows in the node's profile. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Packet::sha256);

    /** Largest payload: {@code MAX_PACKET_PAYLOAD}, firmware {@code src/MeshCore.h}. */
    public static final int MAX_PAYLOAD_BYTES = PacketConstants.MAX_PACKET_PAYLOAD;
    /** Largest path: {@code MAX_PATH_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int MAX_PATH_BYTES = PacketConstants.MAX_PATH_SIZE;
    /** Largest LoRa frame: {@code MAX_TRANS_UNIT}, firmware {@code src/MeshCore.h}. */
    public static final int MAX_FRAME_BYTES = PacketConstants.MAX_TRANS_UNIT;
    /** Length of {@link #hash()}: {@code MAX_HASH_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int HASH_BYTES = PacketConstants.MAX_HASH_SIZE;
    /** Ed25519 public key: {@code PUB_KEY_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int PUB_KEY_BYTES = PacketConstants.PUB_KEY_SIZE;
    /** Ed25519 signature: {@code SIGNATURE_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int SIGNATURE_BYTES = PacketConstants.SIGNATURE_SIZE;
    /** Advert app data that is signed: {@code MAX_ADVERT_DATA_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int MAX_ADVERT_DATA_BYTES = PacketConstants.MAX_ADVERT_DATA_SIZE;
    /** Node hash inside v1 payloads: {@code PATH_HASH_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int NODE_HASH_BYTES = PacketConstants.PATH_HASH_SIZE;
    /** Truncated HMAC in front of every ciphertext: {@code CIPHER_MAC_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int MAC_BYTES = PacketConstants.CIPHER_MAC_SIZE;
    /** AES block: {@code CIPHER_BLOCK_SIZE}, firmware {@code src/MeshCore.h}. */
    public static final int CIPHER_BLOCK_BYTES = PacketConstants.CIPHER_BLOCK_SIZE;

    public Packet {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(transportCodes, "transportCodes");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(payload, "payload");
        if (payloadTypeCode < 0 || payloadTypeCode > TYPE_MASK) {
            throw new IllegalArgumentException("payload type code must be 0..15, not " + payloadTypeCode);
        }
        if (version < 0 || version > VER_MASK) {
            throw new IllegalArgumentException("version must be 0..3, not " + version);
        }
        if (transportCodes.isPresent() != route.hasTransportCodes()) {
            throw new IllegalArgumentException("transport codes must be present exactly for TRANSPORT_* routes, route " + route);
        }
        if (payload.size() > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload of " + payload.size() + " bytes exceeds " + MAX_PAYLOAD_BYTES);
        }
    }

    /** A version-1 packet without transport codes. */
    public static Packet of(RouteType route, PayloadType type, Path path, Bytes payload) {
        return new Packet(route, type.code(), PAYLOAD_VER_1, Optional.empty(), path, payload);
    }

    /** A flood as {@code Mesh::sendFlood} starts it: zero hops, 1-byte path hashes. */
    public static Packet flood(PayloadType type, Bytes payload) {
        return flood(type, payload, 1);
    }

    /** A flood starting with zero hops of {@code pathHashSize}-byte hashes (path hash mode + 1). */
    public static Packet flood(PayloadType type, Bytes payload, int pathHashSize) {
        return of(RouteType.FLOOD, type, Path.empty(pathHashSize), payload);
    }

    /** A region-scoped flood ({@code sendFlood} with transport codes), zero hops, 1-byte hashes. */
    public static Packet transportFlood(PayloadType type, TransportCodes codes, Bytes payload) {
        return new Packet(RouteType.TRANSPORT_FLOOD, type.code(), PAYLOAD_VER_1, Optional.of(codes), Path.EMPTY, payload);
    }

    /** A direct packet along {@code path} ({@code Mesh::sendDirect}, not for TRACE). */
    public static Packet direct(PayloadType type, Path path, Bytes payload) {
        return of(RouteType.DIRECT, type, path, payload);
    }

    /** A direct packet with an empty path: heard only by direct neighbours ({@code sendZeroHop}). */
    public static Packet zeroHop(PayloadType type, Bytes payload) {
        return of(RouteType.DIRECT, type, Path.EMPTY, payload);
    }

    /** A zero-hop packet with transport codes ({@code sendZeroHop} with codes). */
    public static Packet transportZeroHop(PayloadType type, TransportCodes codes, Bytes payload) {
        return new Packet(RouteType.TRANSPORT_DIRECT, type.code(), PAYLOAD_VER_1, Optional.of(codes), Path.EMPTY, payload);
    }

    /** The payload type, or empty for the reserved codes 0x0C..0x0E. */
    public Optional<PayloadType> payloadType() {
        return PayloadType.fromCode(payloadTypeCode);
    }

    /** True when the payload type is {@code type}. */
    public boolean is(PayloadType type) {
        return payloadTypeCode == type.code();
    }

    /** The header byte {@code 0bVVPPPPRR}. */
    public int header() {
        return version << VER_SHIFT | payloadTypeCode << TYPE_SHIFT | route.code();
    }

    /** This packet with another path (forwarding), everything else unchanged. */
    public Packet withPath(Path newPath) {
        return new Packet(route, payloadTypeCode, version, transportCodes, newPath, payload);
    }

    /** The encoded length ({@code Packet::getRawLength}). */
    public int encodedLength() {
        return 2 + path.byteLength() + payload.size() + (transportCodes.isPresent() ? PacketConstants.TRANSPORT_CODES_SIZE : 0);
    }

    /**
     * Decodes one LoRa frame with the Dispatcher's receive rules: version above 0, path mode 3, a
     * path over 64 bytes or past the frame, a payload over 184 bytes, or a frame over 255 bytes
     * is refused.
     */
    public static Packet decode(Bytes frame) throws MalformedFrameException {
        if (frame.size() > MAX_FRAME_BYTES) {
            throw new MalformedFrameException(Reason.TOO_LONG, "frame of " + frame.size() + " bytes exceeds " + MAX_FRAME_BYTES);
        }
        ByteReader r = frame.reader();
        int header = r.u8("header");
        int version = header >>> VER_SHIFT & VER_MASK;
        if (version > PAYLOAD_VER_1) {
            throw new MalformedFrameException(Reason.UNSUPPORTED_VERSION, "payload version " + version);
        }
        RouteType route = RouteType.ofBits(header & ROUTE_MASK);
        Optional<TransportCodes> codes = route.hasTransportCodes() ? Optional.of(TransportCodes.read(r)) : Optional.empty();
        Path path = Path.read(r);
        if (r.remaining() > MAX_PAYLOAD_BYTES) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    "payload of " + r.remaining() + " bytes exceeds " + MAX_PAYLOAD_BYTES);
        }
        return new Packet(route, header >>> TYPE_SHIFT & TYPE_MASK, version, codes, path, r.rest());
    }

    /** The wire bytes ({@code Packet::writeTo}). */
    public Bytes encode() {
        ByteWriter w = new ByteWriter(encodedLength());
        w.u8(header());
        transportCodes.ifPresent(c -> c.write(w));
        path.write(w);
        w.bytes(payload);
        return w.toBytes();
    }

    /**
     * The firmware packet hash used for duplicate suppression ({@code Packet::calculatePacketHash}):
     * the first 8 bytes of SHA-256 over the payload type byte, for TRACE the in-memory
     * {@code uint16 path_len} (the encoded path_len byte, then 0x00), and the payload. Route,
     * transport codes and path are not hashed.
     */
    public Bytes hash() {
        MessageDigest sha = SHA256.get();
        sha.update((byte) payloadTypeCode);
        if (payloadTypeCode == PayloadType.TRACE.code()) {
            sha.update((byte) path.pathLenByte());
            sha.update((byte) 0);
        }
        payload.updateDigest(sha);
        return Bytes.of(sha.digest(), 0, HASH_BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Packet[" + route + " " + payloadType().map(Enum::name).orElse("type 0x" + Integer.toHexString(payloadTypeCode))
                + (version == 0 ? "" : " v" + version) + transportCodes.map(c -> " codes " + c.code1() + "/" + c.code2()).orElse("")
                + " " + path + " payload " + payload + "]";
    }
}
