package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SET_ADVERT_NAME}: the node name to advertise; at least 2 bytes. The firmware keeps the first 31
 * bytes.
 *
 * @param name name
 */
public record SetAdvertName(Bytes name) implements CompanionCommand {

    public SetAdvertName {
        Fields.atLeast(name, 1, "name");
    }

    /** Reads the body after the code byte. */
    public static SetAdvertName read(ByteReader r) throws MalformedFrameException {
        if (r.remaining() < 1) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SET_ADVERT_NAME needs at least 1 bytes of name");
        }
        Bytes name = r.rest();
        return new SetAdvertName(name);
    }

    @Override
    public int code() {
        return CommandCode.SET_ADVERT_NAME.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(name);
    }

    /** {@code name} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String nameUtf8() {
        return Fields.cString(name);
    }
}
