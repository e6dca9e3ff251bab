package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SET_CUSTOM_VAR}: sets a sensor setting given as "name:value"; at least 4 bytes.
 *
 * @param nameValue name:value
 */
public record SetCustomVar(Bytes nameValue) implements CompanionCommand {

    public SetCustomVar {
        Fields.atLeast(nameValue, 3, "nameValue");
    }

    /** Reads the body after the code byte. */
    public static SetCustomVar read(ByteReader r) throws MalformedFrameException {
        if (r.remaining() < 3) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SET_CUSTOM_VAR needs at least 3 bytes of name:value");
        }
        Bytes nameValue = r.rest();
        return new SetCustomVar(nameValue);
    }

    @Override
    public int code() {
        return CommandCode.SET_CUSTOM_VAR.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(nameValue);
    }

    /** {@code nameValue} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String nameValueUtf8() {
        return Fields.cString(nameValue);
    }
}
