package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;

/**
 * {@code PUSH_CODE_CONTACTS_FULL}: the contact table is full.
 */
public record ContactsFull() implements CompanionPush {

    /** Reads the body after the code byte. */
    public static ContactsFull read(ByteReader r) {
        return new ContactsFull();
    }

    @Override
    public int code() {
        return PushCode.CONTACTS_FULL.code();
    }

    @Override
    public void write(ByteWriter w) {
        // the code byte is the whole frame
    }
}
