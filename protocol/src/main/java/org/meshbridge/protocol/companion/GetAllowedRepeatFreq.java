package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_ALLOWED_REPEAT_FREQ}: asks for {@link AllowedRepeatFreq}. Bytes after the last field are
 * ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record GetAllowedRepeatFreq(Bytes trailing) implements CompanionCommand {

    public GetAllowedRepeatFreq {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetAllowedRepeatFreq() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetAllowedRepeatFreq read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new GetAllowedRepeatFreq(trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_ALLOWED_REPEAT_FREQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
