package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SIGN_START}: starts a signing session (up to MAX_SIGN_DATA_LEN bytes). Bytes after the last field
 * are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record SignStart(Bytes trailing) implements CompanionCommand {

    public SignStart {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SignStart() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SignStart read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new SignStart(trailing);
    }

    @Override
    public int code() {
        return CommandCode.SIGN_START.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
