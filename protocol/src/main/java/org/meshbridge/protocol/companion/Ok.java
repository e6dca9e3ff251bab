package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;

/**
 * {@code RESP_CODE_OK}: the command succeeded. The firmware sends the code byte only.
 */
public record Ok() implements CompanionResponse {

    /** Reads the body after the code byte. */
    public static Ok read(ByteReader r) {
        return new Ok();
    }

    @Override
    public int code() {
        return ResponseCode.OK.code();
    }

    @Override
    public void write(ByteWriter w) {
        // the code byte is the whole frame
    }
}
