package org.meshbridge.protocol.companion;

import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_BATT_AND_STORAGE}: battery millivolts, then storage used and total in KB. Firmware before
 * the command was renamed from CMD_GET_BATTERY_VOLTAGE sent the millivolts only; that form is accepted and
 * remembered. meshcore.js reads the millivolts only.
 *
 * @param batteryMv battery_millivolts
 * @param usedKb storage used (absent in the old form)
 * @param totalKb storage total (present exactly when usedKb is)
 */
public record BattAndStorage(int batteryMv, OptionalLong usedKb, OptionalLong totalKb) implements CompanionResponse {

    public BattAndStorage {
        Fields.u16(batteryMv, "batteryMv");
        Fields.u32(usedKb, "usedKb");
        Fields.u32(totalKb, "totalKb");
        if (usedKb.isPresent() != totalKb.isPresent()) {
            throw new IllegalArgumentException("usedKb and totalKb come together");
        }
    }

    /** The v1.17 form. */
    public BattAndStorage(int batteryMv, long usedKb, long totalKb) {
        this(batteryMv, OptionalLong.of(usedKb), OptionalLong.of(totalKb));
    }

    /** Reads the body after the code byte. */
    public static BattAndStorage read(ByteReader r) throws MalformedFrameException {
        int mv = r.u16("battery_millivolts");
        if (!r.hasRemaining()) {
            return new BattAndStorage(mv, OptionalLong.empty(), OptionalLong.empty());
        }
        long used = r.u32("used_kb");
        long total = r.u32("total_kb");
        return new BattAndStorage(mv, used, total);
    }

    @Override
    public int code() {
        return ResponseCode.BATT_AND_STORAGE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u16(batteryMv);
        usedKb.ifPresent(w::u32);
        totalKb.ifPresent(w::u32);
    }
}
