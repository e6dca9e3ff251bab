package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SIGN_FINISH}: signs the collected data; answered with {@link Signature}. Bytes after the last
 * field are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record SignFinish(Bytes trailing) implements CompanionCommand {

    public SignFinish {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SignFinish() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SignFinish read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new SignFinish(trailing);
    }

    @Override
    public int code() {
        return CommandCode.SIGN_FINISH.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
