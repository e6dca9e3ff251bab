package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CONTACTS_START}: first reply to CMD_GET_CONTACTS: the total (unfiltered) number of
 * contacts.
 *
 * @param totalContacts count
 */
public record ContactsStart(long totalContacts) implements CompanionResponse {

    public ContactsStart {
        Fields.u32(totalContacts, "totalContacts");
    }

    /** Reads the body after the code byte. */
    public static ContactsStart read(ByteReader r) throws MalformedFrameException {
        long totalContacts = r.u32("count");
        return new ContactsStart(totalContacts);
    }

    @Override
    public int code() {
        return ResponseCode.CONTACTS_START.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(totalContacts);
    }
}
