package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CUSTOM_VARS}: sensor settings as "name:value,name:value".
 *
 * @param vars vars
 */
public record CustomVars(Bytes vars) implements CompanionResponse {

    public CustomVars {
        Fields.any(vars, "vars");
    }

    /** Reads the body after the code byte. */
    public static CustomVars read(ByteReader r) throws MalformedFrameException {
        Bytes vars = r.rest();
        return new CustomVars(vars);
    }

    @Override
    public int code() {
        return ResponseCode.CUSTOM_VARS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(vars);
    }

    /** {@code vars} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String varsUtf8() {
        return Fields.cString(vars);
    }
}
