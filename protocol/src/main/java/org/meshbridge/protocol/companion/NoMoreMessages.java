package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;

/**
 * {@code RESP_CODE_NO_MORE_MESSAGES}: the offline queue is empty.
 */
public record NoMoreMessages() implements CompanionResponse {

    /** Reads the body after the code byte. */
    public static NoMoreMessages read(ByteReader r) {
        return new NoMoreMessages();
    }

    @Override
    public int code() {
        return ResponseCode.NO_MORE_MESSAGES.code();
    }

    @Override
    public void write(ByteWriter w) {
        // the code byte is the whole frame
    }
}
