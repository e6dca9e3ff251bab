package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_NEW_ADVERT}: a node heard but not added (manual-add mode, hop limit or full table).
 *
 * @param contact the 147-byte contact record
 */
public record NewAdvert(ContactRecord contact) implements CompanionPush {

    public NewAdvert {
        java.util.Objects.requireNonNull(contact, "contact");
    }

    /** Reads the body after the code byte. */
    public static NewAdvert read(ByteReader r) throws MalformedFrameException {
        return new NewAdvert(ContactRecord.read(r));
    }

    @Override
    public int code() {
        return PushCode.NEW_ADVERT.code();
    }

    @Override
    public void write(ByteWriter w) {
        contact.write(w);
    }
}
