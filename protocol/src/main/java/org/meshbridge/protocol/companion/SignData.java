package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SIGN_DATA}: appends a chunk to the data to sign; at least 2 bytes.
 *
 * @param chunk chunk
 */
public record SignData(Bytes chunk) implements CompanionCommand {

    public SignData {
        Fields.atLeast(chunk, 1, "chunk");
    }

    /** Reads the body after the code byte. */
    public static SignData read(ByteReader r) throws MalformedFrameException {
        if (r.remaining() < 1) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SIGN_DATA needs at least 1 bytes of chunk");
        }
        Bytes chunk = r.rest();
        return new SignData(chunk);
    }

    @Override
    public int code() {
        return CommandCode.SIGN_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(chunk);
    }
}
