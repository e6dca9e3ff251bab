package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_RESET_PATH}: forgets the direct path to a contact; at least 33 bytes. Bytes after the last field
 * are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param publicKey pub_key
 * @param trailing trailing
 */
public record ResetPath(Bytes publicKey, Bytes trailing) implements CompanionCommand {

    public ResetPath {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public ResetPath(Bytes publicKey) {
        this(publicKey, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static ResetPath read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        Bytes trailing = r.rest();
        return new ResetPath(publicKey, trailing);
    }

    @Override
    public int code() {
        return CommandCode.RESET_PATH.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
        w.bytes(trailing);
    }
}
