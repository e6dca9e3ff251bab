package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_CONTACT_DELETED}: a contact was overwritten because the table was full.
 *
 * @param publicKey pub_key
 */
public record ContactDeleted(Bytes publicKey) implements CompanionPush {

    public ContactDeleted {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
    }

    /** Reads the body after the code byte. */
    public static ContactDeleted read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        return new ContactDeleted(publicKey);
    }

    @Override
    public int code() {
        return PushCode.CONTACT_DELETED.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
    }
}
