package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** RAW_CUSTOM (0x0F): application-defined bytes, 0..184; processed only when received direct. */
public record RawCustomPayload(Bytes data) implements Payload {

    public RawCustomPayload {
        Objects.requireNonNull(data, "data");
        PayloadFields.requireAtMost(data.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "RAW_CUSTOM payload");
    }

    @Override
    public int typeCode() {
        return PayloadType.RAW_CUSTOM.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(data);
    }
}
