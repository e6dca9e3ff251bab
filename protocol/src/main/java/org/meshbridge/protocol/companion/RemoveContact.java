package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_REMOVE_CONTACT}: deletes a contact. The firmware does not check the length; we require the
 * 32-byte key. Bytes after the last field are ignored by the firmware and kept in {@code trailing} so the
 * frame re-encodes.
 *
 * @param publicKey pub_key
 * @param trailing trailing
 */
public record RemoveContact(Bytes publicKey, Bytes trailing) implements CompanionCommand {

    public RemoveContact {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public RemoveContact(Bytes publicKey) {
        this(publicKey, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static RemoveContact read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        Bytes trailing = r.rest();
        return new RemoveContact(publicKey, trailing);
    }

    @Override
    public int code() {
        return CommandCode.REMOVE_CONTACT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
        w.bytes(trailing);
    }
}
