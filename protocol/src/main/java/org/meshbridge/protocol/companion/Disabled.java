package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;

/**
 * {@code RESP_CODE_DISABLED}: key export or import is compiled out.
 */
public record Disabled() implements CompanionResponse {

    /** Reads the body after the code byte. */
    public static Disabled read(ByteReader r) {
        return new Disabled();
    }

    @Override
    public int code() {
        return ResponseCode.DISABLED.code();
    }

    @Override
    public void write(ByteWriter w) {
        // the code byte is the whole frame
    }
}
