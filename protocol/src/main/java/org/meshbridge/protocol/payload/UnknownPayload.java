package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * A payload of a reserved type (0x0C..0x0E), kept raw so it can still be exported or logged.
 * Current firmware neither processes nor forwards these.
 */
public record UnknownPayload(int typeCode, Bytes data) implements Payload {

    public UnknownPayload {
        Objects.requireNonNull(data, "data");
        if (typeCode < 0 || typeCode > 0x0F || PayloadType.fromCode(typeCode).isPresent()) {
            throw new IllegalArgumentException("not a reserved payload type code: " + typeCode);
        }
        PayloadFields.requireAtMost(data.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "payload");
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(data);
    }
}
