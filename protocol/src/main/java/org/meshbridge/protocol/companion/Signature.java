package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_SIGNATURE}: the 64-byte signature over the collected data.
 *
 * @param signature signature
 */
public record Signature(Bytes signature) implements CompanionResponse {

    public Signature {
        Fields.exact(signature, CompanionConstants.SIGNATURE_SIZE, "signature");
    }

    /** Reads the body after the code byte. */
    public static Signature read(ByteReader r) throws MalformedFrameException {
        Bytes signature = r.bytes(CompanionConstants.SIGNATURE_SIZE, "signature");
        return new Signature(signature);
    }

    @Override
    public int code() {
        return ResponseCode.SIGNATURE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(signature);
    }
}
