package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * TRACE (0x09): {@code tag(4) | auth_code(4) | flags(1) | hop hashes}. The hops to visit travel in
 * the payload, each {@code 1 << (flags & 3)} bytes (1, 2, 4 or 8); the packet path collects one
 * SNR byte per hop. The upper flag bits are kept as sent.
 *
 * <p>The firmware reads the fixed 9 bytes without checking the length; this reader requires
 * them, and requires the hop bytes to be a whole number of hashes (the firmware's senders only
 * write whole hashes).
 */
public record TracePayload(long tag, long authCode, int flags, Bytes hopHashes) implements Payload {

    public TracePayload {
        Objects.requireNonNull(hopHashes, "hopHashes");
        PayloadFields.requireU32(tag, "tag");
        PayloadFields.requireU32(authCode, "auth_code");
        PayloadFields.requireU8(flags, "flags");
        int size = 1 << (flags & PayloadConstants.TRACE_HASH_SIZE_MASK);
        if (hopHashes.size() % size != 0) {
            throw new IllegalArgumentException(hopHashes.size() + " hop bytes are not a multiple of hash size " + size);
        }
        PayloadFields.requireAtMost(PayloadConstants.TRACE_HEADER + hopHashes.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "TRACE payload");
    }

    /**
     * A trace along {@code hopHashes} of {@code hashSize} bytes each.
     *
     * @param hashSize 1, 2, 4 or 8
     */
    public static TracePayload of(long tag, long authCode, int hashSize, Bytes hopHashes) {
        int code = Integer.numberOfTrailingZeros(hashSize);
        if (Integer.bitCount(hashSize) != 1 || code > 3) {
            throw new IllegalArgumentException("trace hash size must be 1, 2, 4 or 8, not " + hashSize);
        }
        return new TracePayload(tag, authCode, code, hopHashes);
    }

    public static TracePayload read(ByteReader r) throws MalformedFrameException {
        long tag = r.u32("tag");
        long auth = r.u32("auth_code");
        int flags = r.u8("flags");
        int size = 1 << (flags & PayloadConstants.TRACE_HASH_SIZE_MASK);
        if (r.remaining() % size != 0) {
            throw new MalformedFrameException(Reason.BAD_VALUE,
                    "TRACE hop bytes (" + r.remaining() + ") are not a multiple of hash size " + size);
        }
        return new TracePayload(tag, auth, flags, r.rest());
    }

    /** Bytes per hop hash: 1, 2, 4 or 8. */
    public int hashSize() {
        return 1 << (flags & PayloadConstants.TRACE_HASH_SIZE_MASK);
    }

    public int hopCount() {
        return hopHashes.size() / hashSize();
    }

    /** The hash of hop {@code index}. */
    public Bytes hop(int index) {
        Objects.checkIndex(index, hopCount());
        return hopHashes.slice(index * hashSize(), (index + 1) * hashSize());
    }

    @Override
    public int typeCode() {
        return PayloadType.TRACE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(tag).u32(authCode).u8(flags).bytes(hopHashes);
    }
}
