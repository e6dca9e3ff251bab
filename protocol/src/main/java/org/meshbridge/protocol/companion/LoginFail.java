package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_LOGIN_FAIL}: the server refused the login (or sent an unknown reply).
 *
 * @param reserved reserved
 * @param publicKeyPrefix pub_key_prefix
 */
public record LoginFail(int reserved, Bytes publicKeyPrefix) implements CompanionPush {

    public LoginFail {
        Fields.u8(reserved, "reserved");
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
    }

    /** With the defaults the firmware writes (no trailing bytes, reserved = 0). */
    public LoginFail(Bytes publicKeyPrefix) {
        this(0, publicKeyPrefix);
    }

    /** Reads the body after the code byte. */
    public static LoginFail read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        Bytes publicKeyPrefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        return new LoginFail(reserved, publicKeyPrefix);
    }

    @Override
    public int code() {
        return PushCode.LOGIN_FAIL.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved);
        w.bytes(publicKeyPrefix);
    }
}
