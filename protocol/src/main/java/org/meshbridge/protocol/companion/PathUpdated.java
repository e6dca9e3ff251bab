package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_PATH_UPDATED}: a contact's direct path changed.
 *
 * @param publicKey pub_key
 */
public record PathUpdated(Bytes publicKey) implements CompanionPush {

    public PathUpdated {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
    }

    /** Reads the body after the code byte. */
    public static PathUpdated read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        return new PathUpdated(publicKey);
    }

    @Override
    public int code() {
        return PushCode.PATH_UPDATED.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
    }
}
