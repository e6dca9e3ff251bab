package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_ADVERT}: an advert from a node already in the contact table (or just auto-added).
 *
 * @param publicKey pub_key
 */
public record Advert(Bytes publicKey) implements CompanionPush {

    public Advert {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
    }

    /** Reads the body after the code byte. */
    public static Advert read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        return new Advert(publicKey);
    }

    @Override
    public int code() {
        return PushCode.ADVERT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
    }
}
