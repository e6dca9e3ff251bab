package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/** A CONTROL payload of a sub-type other than DISCOVER_REQ/RESP, kept raw (byte 0 included). */
public record UnknownControl(Bytes data) implements ControlPayload {

    public UnknownControl {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a CONTROL payload has at least its type byte");
        }
        int sub = data.get(0) & PayloadConstants.CTL_SUB_TYPE_MASK;
        if (sub == PayloadConstants.CTL_TYPE_NODE_DISCOVER_REQ || sub == PayloadConstants.CTL_TYPE_NODE_DISCOVER_RESP) {
            throw new IllegalArgumentException("use DiscoverRequest/DiscoverResponse for sub-type 0x" + Integer.toHexString(sub));
        }
        PayloadFields.requireAtMost(data.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "CONTROL payload");
    }

    @Override
    public int subType() {
        return data.get(0) & PayloadConstants.CTL_SUB_TYPE_MASK;
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(data);
    }
}
