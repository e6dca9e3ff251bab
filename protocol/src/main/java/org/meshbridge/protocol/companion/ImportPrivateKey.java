package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_IMPORT_PRIVATE_KEY}: replaces the radio identity with a 64-byte expanded Ed25519 key; at least 65
 * bytes. Bytes after the last field are ignored by the firmware and kept in {@code trailing} so the frame re-
 * encodes.
 *
 * @param privateKey prv_key
 * @param trailing trailing
 */
public record ImportPrivateKey(Bytes privateKey, Bytes trailing) implements CompanionCommand {

    public ImportPrivateKey {
        Fields.exact(privateKey, CompanionConstants.PRIVATE_KEY_SIZE, "privateKey");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public ImportPrivateKey(Bytes privateKey) {
        this(privateKey, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static ImportPrivateKey read(ByteReader r) throws MalformedFrameException {
        Bytes privateKey = r.bytes(CompanionConstants.PRIVATE_KEY_SIZE, "prv_key");
        Bytes trailing = r.rest();
        return new ImportPrivateKey(privateKey, trailing);
    }

    @Override
    public int code() {
        return CommandCode.IMPORT_PRIVATE_KEY.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(privateKey);
        w.bytes(trailing);
    }
}
