package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_LOG_RX_DATA}: every packet the radio receives, raw, while an app is connected (only when it
 * fits: raw ≤ 173 bytes).
 *
 * @param snrQuarterDb snr × 4
 * @param rssiDbm rssi
 * @param raw raw packet
 */
public record LogRxData(int snrQuarterDb, int rssiDbm, Bytes raw) implements CompanionPush {

    public LogRxData {
        Fields.i8(snrQuarterDb, "snrQuarterDb");
        Fields.i8(rssiDbm, "rssiDbm");
        Fields.any(raw, "raw");
    }

    /** Reads the body after the code byte. */
    public static LogRxData read(ByteReader r) throws MalformedFrameException {
        int snrQuarterDb = r.i8("snr × 4");
        int rssiDbm = r.i8("rssi");
        Bytes raw = r.rest();
        return new LogRxData(snrQuarterDb, rssiDbm, raw);
    }

    @Override
    public int code() {
        return PushCode.LOG_RX_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(snrQuarterDb);
        w.u8(rssiDbm);
        w.bytes(raw);
    }
}
