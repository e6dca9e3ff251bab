package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_CUSTOM_VARS}: asks for {@link CustomVars}. Bytes after the last field are ignored by the
 * firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record GetCustomVars(Bytes trailing) implements CompanionCommand {

    public GetCustomVars {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetCustomVars() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetCustomVars read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new GetCustomVars(trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_CUSTOM_VARS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
