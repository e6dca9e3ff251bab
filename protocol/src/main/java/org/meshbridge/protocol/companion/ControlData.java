package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_CONTROL_DATA}: a CONTROL payload heard on air (v8+); path_len is the packet's encoded
 * path_len, no path bytes follow.
 *
 * @param snrQuarterDb snr × 4
 * @param rssiDbm rssi
 * @param pathLen path_len
 * @param payload payload
 */
public record ControlData(int snrQuarterDb, int rssiDbm, int pathLen, Bytes payload) implements CompanionPush {

    public ControlData {
        Fields.i8(snrQuarterDb, "snrQuarterDb");
        Fields.i8(rssiDbm, "rssiDbm");
        Fields.u8(pathLen, "pathLen");
        Fields.any(payload, "payload");
    }

    /** Reads the body after the code byte. */
    public static ControlData read(ByteReader r) throws MalformedFrameException {
        int snrQuarterDb = r.i8("snr × 4");
        int rssiDbm = r.i8("rssi");
        int pathLen = r.u8("path_len");
        Bytes payload = r.rest();
        return new ControlData(snrQuarterDb, rssiDbm, pathLen, payload);
    }

    @Override
    public int code() {
        return PushCode.CONTROL_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(snrQuarterDb);
        w.u8(rssiDbm);
        w.u8(pathLen);
        w.bytes(payload);
    }
}
