package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * CONTROL DISCOVER_RESP: {@code 0x90 | node_type}, {@code snr} (int8, quarter dB, as the
 * responder heard the request), {@code tag(4)}, then the responder's public key: the 8-byte
 * prefix if the request asked for it, else all 32 bytes.
 */
public record DiscoverResponse(int nodeTypeCode, int snrQuarterDb, long tag, Bytes publicKey) implements ControlPayload {

    public DiscoverResponse {
        Objects.requireNonNull(publicKey, "publicKey");
        if (nodeTypeCode < 0 || nodeTypeCode > PayloadConstants.ADV_TYPE_MASK) {
            throw new IllegalArgumentException("node type must be 0..15, not " + nodeTypeCode);
        }
        if (snrQuarterDb < Byte.MIN_VALUE || snrQuarterDb > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("SNR must fit an int8, not " + snrQuarterDb);
        }
        PayloadFields.requireU32(tag, "tag");
        if (publicKey.size() != PayloadConstants.DISCOVER_KEY_PREFIX && publicKey.size() != PayloadConstants.PUB_KEY_SIZE) {
            throw new IllegalArgumentException("public key must be 8 or 32 bytes, not " + publicKey.size());
        }
    }

    public static DiscoverResponse read(ByteReader r) throws MalformedFrameException {
        int first = r.u8("control type");
        int snr = r.i8("snr");
        long tag = r.u32("tag");
        int keyLength = r.remaining();
        if (keyLength != PayloadConstants.DISCOVER_KEY_PREFIX && keyLength != PayloadConstants.PUB_KEY_SIZE) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "DISCOVER_RESP key of " + keyLength + " bytes, expected 8 or 32");
        }
        return new DiscoverResponse(first & PayloadConstants.ADV_TYPE_MASK, snr, tag, r.rest());
    }

    public Optional<NodeType> nodeType() {
        return NodeType.fromCode(nodeTypeCode);
    }

    /** True when only the 8-byte key prefix was sent. */
    public boolean isKeyPrefix() {
        return publicKey.size() == PayloadConstants.DISCOVER_KEY_PREFIX;
    }

    @Override
    public int subType() {
        return PayloadConstants.CTL_TYPE_NODE_DISCOVER_RESP;
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(PayloadConstants.CTL_TYPE_NODE_DISCOVER_RESP | nodeTypeCode).u8(snrQuarterDb).u32(tag).bytes(publicKey);
    }
}
