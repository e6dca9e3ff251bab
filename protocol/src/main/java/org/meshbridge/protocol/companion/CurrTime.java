package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CURR_TIME}: the radio clock.
 *
 * @param epochSecs now
 */
public record CurrTime(long epochSecs) implements CompanionResponse {

    public CurrTime {
        Fields.u32(epochSecs, "epochSecs");
    }

    /** Reads the body after the code byte. */
    public static CurrTime read(ByteReader r) throws MalformedFrameException {
        long epochSecs = r.u32("now");
        return new CurrTime(epochSecs);
    }

    @Override
    public int code() {
        return ResponseCode.CURR_TIME.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(epochSecs);
    }
}
