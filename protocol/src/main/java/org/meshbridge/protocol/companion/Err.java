package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_ERR}: the command failed; see {@link ErrorCode}.
 *
 * @param errCode err_code
 */
public record Err(int errCode) implements CompanionResponse {

    public Err {
        Fields.u8(errCode, "errCode");
    }

    /** Reads the body after the code byte. */
    public static Err read(ByteReader r) throws MalformedFrameException {
        int errCode = r.u8("err_code");
        return new Err(errCode);
    }

    @Override
    public int code() {
        return ResponseCode.ERR.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(errCode);
    }

    /** An error frame for a known code. */
    public Err(ErrorCode error) {
        this(error.code());
    }

    /** The error as a constant, when the firmware defines it. */
    public java.util.Optional<ErrorCode> error() {
        return ErrorCode.fromCode(errCode);
    }
}
