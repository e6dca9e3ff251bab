package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_RAW_DATA}: a RAW_CUSTOM payload addressed to this node.
 *
 * @param snrQuarterDb snr × 4
 * @param rssiDbm rssi
 * @param reserved reserved
 * @param payload payload
 */
public record RawData(int snrQuarterDb, int rssiDbm, int reserved, Bytes payload) implements CompanionPush {

    public RawData {
        Fields.i8(snrQuarterDb, "snrQuarterDb");
        Fields.i8(rssiDbm, "rssiDbm");
        Fields.u8(reserved, "reserved");
        Fields.any(payload, "payload");
    }

    /** With the defaults the firmware writes (no trailing bytes, reserved = 255). */
    public RawData(int snrQuarterDb, int rssiDbm, Bytes payload) {
        this(snrQuarterDb, rssiDbm, 255, payload);
    }

    /** Reads the body after the code byte. */
    public static RawData read(ByteReader r) throws MalformedFrameException {
        int snrQuarterDb = r.i8("snr × 4");
        int rssiDbm = r.i8("rssi");
        int reserved = r.u8("reserved");
        Bytes payload = r.rest();
        return new RawData(snrQuarterDb, rssiDbm, reserved, payload);
    }

    @Override
    public int code() {
        return PushCode.RAW_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(snrQuarterDb);
        w.u8(rssiDbm);
        w.u8(reserved);
        w.bytes(payload);
    }
}
