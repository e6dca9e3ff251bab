package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A radio→app frame whose code the firmware v1.17.1 does not define, kept raw (a newer radio may send it).
 *
 * @param code the response or push code
 * @param body everything after it
 */
public record UnknownReply(int code, Bytes body) implements CompanionReply {

    public UnknownReply {
        Fields.u8(code, "code");
        Fields.any(body, "body");
        if (ResponseCode.fromCode(code).isPresent() || PushCode.fromCode(code).isPresent()) {
            throw new IllegalArgumentException("reply code " + code + " is defined: use its record");
        }
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(body);
    }
}
