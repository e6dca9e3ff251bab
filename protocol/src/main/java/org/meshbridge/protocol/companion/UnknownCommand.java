package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A frame whose command byte the firmware does not define (44-49, 53, 0 and 66-255), kept raw so that the
 * device end can answer {@code ERR_CODE_UNSUPPORTED_CMD} as the firmware does.
 *
 * @param code the command byte
 * @param body everything after it
 */
public record UnknownCommand(int code, Bytes body) implements CompanionCommand {

    public UnknownCommand {
        Fields.u8(code, "code");
        Fields.any(body, "body");
        if (CommandCode.fromCode(code).isPresent()) {
            throw new IllegalArgumentException("command code " + code + " is defined: use its record");
        }
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(body);
    }
}
