package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * The plaintext of a PATH: {@code path_len | path | extra_type | extra}. The low 4 bits of
 * {@code extra_type} are a payload type (upper bits reserved, kept as sent); the extra runs to the
 * end and keeps any zero padding. With no extra the sender writes {@code 0xFF} and 4 random bytes
 * so the packet hash is unique; receivers see type 0x0F and ignore it.
 *
 * @param path          the path back to the sender (mode 3 and paths over 64 bytes are refused)
 * @param extraTypeByte the whole extra_type byte
 * @param extra         the extra bytes
 */
public record PathContent(Path path, int extraTypeByte, Bytes extra) {

    public PathContent {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(extra, "extra");
        PayloadFields.requireU8(extraTypeByte, "extra_type");
        PayloadFields.requireAtMost(2 + path.byteLength() + extra.size(), PlaintextLimits.PEER_DECRYPTED_BYTES, "path plaintext");
    }

    /** A path return carrying an ACK (4 bytes, or 6 from v1.16+ companions). */
    public static PathContent withAck(Path path, AckPayload ack) {
        return withSendLimit(path, PayloadType.ACK.code(), ack.encode());
    }

    /** A path return carrying a RESPONSE body. */
    public static PathContent withResponse(Path path, ResponseContent response) {
        return withSendLimit(path, PayloadType.RESPONSE.code(), response.encode());
    }

    /** A path return without an extra: {@code 0xFF} and 4 random bytes. */
    public static PathContent withoutExtra(Path path, Bytes random) {
        PayloadFields.requireSize(random, 4, "random");
        return withSendLimit(path, PayloadConstants.PATH_NO_EXTRA_TYPE, random);
    }

    private static PathContent withSendLimit(Path path, int type, Bytes extra) {
        PayloadFields.requireAtMost(2 + path.byteLength() + extra.size(), PlaintextLimits.PATH_SEND_BYTES, "path return");
        return new PathContent(path, type, extra);
    }

    public static PathContent decode(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.PEER_DECRYPTED_BYTES, "path plaintext");
        return read(plaintext.reader());
    }

    public static PathContent read(ByteReader r) throws MalformedFrameException {
        Path path = Path.read(r);
        int type = r.u8("extra_type");
        return new PathContent(path, type, r.rest());
    }

    /** The payload type of the extra ({@code extra_type & 0x0F}). */
    public Optional<PayloadType> extraType() {
        return PayloadType.fromCode(extraTypeByte & 0x0F);
    }

    /** The ACK carried as extra (type ACK with at least 4 bytes, as {@code onContactPathRecv} requires). */
    public Optional<AckHash> ack() {
        if (extraType().orElse(null) != PayloadType.ACK || extra.size() < AckHash.BYTES) {
            return Optional.empty();
        }
        return Optional.of(new AckHash(extra.prefix(AckHash.BYTES)));
    }

    /** The RESPONSE carried as extra (type RESPONSE with at least its 4-byte tag). */
    public Optional<ResponseContent> response() {
        if (extraType().orElse(null) != PayloadType.RESPONSE || extra.size() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResponseContent.decode(extra));
        } catch (MalformedFrameException impossible) {
            return Optional.empty();
        }
    }

    public void write(ByteWriter w) {
        path.write(w);
        w.u8(extraTypeByte).bytes(extra);
    }

    public Bytes encode() {
        ByteWriter w = new ByteWriter(2 + path.byteLength() + extra.size());
        write(w);
        return w.toBytes();
    }
}
