package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_STATUS_RESPONSE}: a server's status reply without its tag.
 *
 * @param reserved reserved
 * @param publicKeyPrefix pub_key_prefix
 * @param status status bytes
 */
public record StatusResponse(int reserved, Bytes publicKeyPrefix, Bytes status) implements CompanionPush {

    public StatusResponse {
        Fields.u8(reserved, "reserved");
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
        Fields.any(status, "status");
    }

    /** With the defaults the firmware writes (no trailing bytes, reserved = 0). */
    public StatusResponse(Bytes publicKeyPrefix, Bytes status) {
        this(0, publicKeyPrefix, status);
    }

    /** Reads the body after the code byte. */
    public static StatusResponse read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        Bytes publicKeyPrefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        Bytes status = r.rest();
        return new StatusResponse(reserved, publicKeyPrefix, status);
    }

    @Override
    public int code() {
        return PushCode.STATUS_RESPONSE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved);
        w.bytes(publicKeyPrefix);
        w.bytes(status);
    }
}
