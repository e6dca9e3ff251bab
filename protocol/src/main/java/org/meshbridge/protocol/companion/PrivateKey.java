package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_PRIVATE_KEY}: the 64-byte expanded private key.
 *
 * @param privateKey prv_key
 */
public record PrivateKey(Bytes privateKey) implements CompanionResponse {

    public PrivateKey {
        Fields.exact(privateKey, CompanionConstants.PRIVATE_KEY_SIZE, "privateKey");
    }

    /** Reads the body after the code byte. */
    public static PrivateKey read(ByteReader r) throws MalformedFrameException {
        Bytes privateKey = r.bytes(CompanionConstants.PRIVATE_KEY_SIZE, "prv_key");
        return new PrivateKey(privateKey);
    }

    @Override
    public int code() {
        return ResponseCode.PRIVATE_KEY.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(privateKey);
    }
}
