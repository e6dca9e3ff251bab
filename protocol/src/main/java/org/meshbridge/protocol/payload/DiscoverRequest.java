package org.meshbridge.protocol.payload;

import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * CONTROL DISCOVER_REQ: {@code 0x80 | prefix_only}, {@code type_filter} (bit n asks for node type
 * n), {@code tag(4)}, optional {@code since(4)}. Exactly 6 or 10 bytes; bits 1..3 of byte 0 are
 * reserved and must be zero. (The firmware ignores those bits and any bytes past the ones it
 * reads; this reader refuses them so every accepted request re-encodes identically.)
 *
 * @param prefixOnly ask for an 8-byte key prefix in the response instead of the full key
 * @param typeFilter a bit per {@link NodeType} code
 * @param tag        echoed in the responses
 * @param since      only nodes whose discovery settings changed at or after this time answer
 */
public record DiscoverRequest(boolean prefixOnly, int typeFilter, long tag, OptionalLong since) implements ControlPayload {

    public DiscoverRequest {
        PayloadFields.requireU8(typeFilter, "type_filter");
        PayloadFields.requireU32(tag, "tag");
        since.ifPresent(s -> PayloadFields.requireU32(s, "since"));
    }

    /** A request for every node of the given types. */
    public static DiscoverRequest forTypes(long tag, NodeType... types) {
        int filter = 0;
        for (NodeType t : types) {
            filter |= 1 << t.code();
        }
        return new DiscoverRequest(false, filter & 0xFF, tag, OptionalLong.empty());
    }

    public static DiscoverRequest read(ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, PayloadConstants.DISCOVER_REQ_MIN, "DISCOVER_REQ");
        int first = r.u8("control type");
        if ((first & 0x0E) != 0) {
            throw new MalformedFrameException(Reason.RESERVED_BITS, "DISCOVER_REQ flags 0x" + Integer.toHexString(first));
        }
        int filter = r.u8("type_filter");
        long tag = r.u32("tag");
        OptionalLong since = r.hasRemaining() ? OptionalLong.of(r.u32("since")) : OptionalLong.empty();
        r.requireFinished("DISCOVER_REQ");
        return new DiscoverRequest((first & 1) != 0, filter, tag, since);
    }

    /** True when nodes of {@code type} are asked to answer. */
    public boolean wants(NodeType type) {
        return (typeFilter & 1 << type.code()) != 0;
    }

    @Override
    public int subType() {
        return PayloadConstants.CTL_TYPE_NODE_DISCOVER_REQ;
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(PayloadConstants.CTL_TYPE_NODE_DISCOVER_REQ | (prefixOnly ? 1 : 0)).u8(typeFilter).u32(tag);
        since.ifPresent(w::u32);
    }
}
