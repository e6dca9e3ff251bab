package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * MULTIPART (0x0A): {@code (remaining << 4) | inner_type}, then the inner payload. Only inner ACKs
 * exist today ("multi-ack": extra copies of an ACK sent ahead of it). At least 3 bytes
 * ({@code payload_len > 2} in {@code Mesh::onRecvPacket}).
 *
 * @param remaining     how many more packets of the set follow, 0..15
 * @param innerTypeCode the inner payload type code, 0..15
 * @param inner         the inner payload, at least 2 bytes
 */
public record MultipartPayload(int remaining, int innerTypeCode, Bytes inner) implements Payload {

    public MultipartPayload {
        Objects.requireNonNull(inner, "inner");
        if (remaining < 0 || remaining > 0x0F || innerTypeCode < 0 || innerTypeCode > 0x0F) {
            throw new IllegalArgumentException("remaining and inner type must be 0..15: " + remaining + ", " + innerTypeCode);
        }
        if (inner.size() < PayloadConstants.MIN_MULTIPART - 1) {
            throw new IllegalArgumentException("inner payload needs at least 2 bytes, not " + inner.size());
        }
        PayloadFields.requireAtMost(1 + inner.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "MULTIPART payload");
    }

    /** A multi-ack ({@code Mesh::createMultiAck}). */
    public static MultipartPayload ofAck(int remaining, AckPayload ack) {
        return new MultipartPayload(remaining, PayloadType.ACK.code(), ack.encode());
    }

    public static MultipartPayload read(ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, PayloadConstants.MIN_MULTIPART, "MULTIPART payload");
        int first = r.u8("multipart header");
        return new MultipartPayload(first >>> 4, first & 0x0F, r.rest());
    }

    public Optional<PayloadType> innerType() {
        return PayloadType.fromCode(innerTypeCode);
    }

    /** The inner ACK when the inner type is ACK and it has its 4 bytes ({@code payload_len >= 5}). */
    public Optional<AckPayload> innerAck() {
        if (innerTypeCode != PayloadType.ACK.code()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AckPayload.read(inner.reader()));
        } catch (MalformedFrameException tooShort) {
            return Optional.empty();
        }
    }

    @Override
    public int typeCode() {
        return PayloadType.MULTIPART.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(remaining << 4 | innerTypeCode).bytes(inner);
    }
}
