package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.packet.Path;

/**
 * An anonymous repeater request (v1.12+, direct route only): {@code timestamp(4) | sub_type(1) |
 * reply_path_len(1) | reply_path}.
 *
 * @param subTypeCode 0x01 REGIONS, 0x02 OWNER, 0x03 BASIC (see {@link AnonRequestType})
 * @param replyPath   the path the reply should take
 */
public record RepeaterSubRequest(long timestamp, int subTypeCode, Path replyPath) implements AnonRequestContent {

    public RepeaterSubRequest {
        Objects.requireNonNull(replyPath, "replyPath");
        PayloadFields.requireU32(timestamp, "timestamp");
        if (AnonRequestType.fromCode(subTypeCode).isEmpty()) {
            throw new IllegalArgumentException("unknown anon request type " + subTypeCode);
        }
    }

    public static RepeaterSubRequest of(long timestamp, AnonRequestType type, Path replyPath) {
        return new RepeaterSubRequest(timestamp, type.code(), replyPath);
    }

    public Optional<AnonRequestType> subType() {
        return AnonRequestType.fromCode(subTypeCode);
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(timestamp).u8(subTypeCode);
        replyPath.write(w);
    }
}
