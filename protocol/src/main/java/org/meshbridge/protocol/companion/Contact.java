package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CONTACT}: a contact, one per reply after CONTACTS_START, or the answer to CMD_GET_CONTACT_BY_KEY.
 *
 * @param contact the 147-byte contact record
 */
public record Contact(ContactRecord contact) implements CompanionResponse {

    public Contact {
        java.util.Objects.requireNonNull(contact, "contact");
    }

    /** Reads the body after the code byte. */
    public static Contact read(ByteReader r) throws MalformedFrameException {
        return new Contact(ContactRecord.read(r));
    }

    @Override
    public int code() {
        return ResponseCode.CONTACT.code();
    }

    @Override
    public void write(ByteWriter w) {
        contact.write(w);
    }
}
