package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_TELEMETRY_RESPONSE}: a telemetry reply: Cayenne LPP bytes (big-endian inside).
 *
 * @param reserved reserved
 * @param publicKeyPrefix pub_key_prefix
 * @param lppData CayenneLPP
 */
public record TelemetryResponse(int reserved, Bytes publicKeyPrefix, Bytes lppData) implements CompanionPush {

    public TelemetryResponse {
        Fields.u8(reserved, "reserved");
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
        Fields.any(lppData, "lppData");
    }

    /** With the defaults the firmware writes (no trailing bytes, reserved = 0). */
    public TelemetryResponse(Bytes publicKeyPrefix, Bytes lppData) {
        this(0, publicKeyPrefix, lppData);
    }

    /** Reads the body after the code byte. */
    public static TelemetryResponse read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        Bytes publicKeyPrefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        Bytes lppData = r.rest();
        return new TelemetryResponse(reserved, publicKeyPrefix, lppData);
    }

    @Override
    public int code() {
        return PushCode.TELEMETRY_RESPONSE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved);
        w.bytes(publicKeyPrefix);
        w.bytes(lppData);
    }
}
