package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_SIGN_START}: reply to CMD_SIGN_START: the most bytes that may be signed. Named with a
 * suffix so it does not clash with the command {@link SignStart}.
 *
 * @param reserved reserved
 * @param maxSignDataLength max_len
 */
public record SignStartResponse(int reserved, long maxSignDataLength) implements CompanionResponse {

    public SignStartResponse {
        Fields.u8(reserved, "reserved");
        Fields.u32(maxSignDataLength, "maxSignDataLength");
    }

    /** With the defaults the firmware writes (no trailing bytes, reserved = 0). */
    public SignStartResponse(long maxSignDataLength) {
        this(0, maxSignDataLength);
    }

    /** Reads the body after the code byte. */
    public static SignStartResponse read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        long maxSignDataLength = r.u32("max_len");
        return new SignStartResponse(reserved, maxSignDataLength);
    }

    @Override
    public int code() {
        return ResponseCode.SIGN_START.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved);
        w.u32(maxSignDataLength);
    }
}
