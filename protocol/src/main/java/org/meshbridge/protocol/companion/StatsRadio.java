package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_STATS} + {@code STATS_TYPE_RADIO}: 14 bytes.
 *
 * @param noiseFloorDbm noise_floor (int16)
 * @param lastRssiDbm last_rssi (int8)
 * @param lastSnrQuarterDb last_snr × 4 (int8)
 * @param txAirSecs tx_air_secs
 * @param rxAirSecs rx_air_secs
 */
public record StatsRadio(int noiseFloorDbm, int lastRssiDbm, int lastSnrQuarterDb, long txAirSecs, long rxAirSecs)
        implements Stats {

    public StatsRadio {
        Fields.i16(noiseFloorDbm, "noiseFloorDbm");
        Fields.i8(lastRssiDbm, "lastRssiDbm");
        Fields.i8(lastSnrQuarterDb, "lastSnrQuarterDb");
        Fields.u32(txAirSecs, "txAirSecs");
        Fields.u32(rxAirSecs, "rxAirSecs");
    }

    static StatsRadio read(ByteReader r) throws MalformedFrameException {
        return new StatsRadio(r.i16("noise_floor"), r.i8("last_rssi"), r.i8("last_snr"), r.u32("tx_air_secs"),
                r.u32("rx_air_secs"));
    }

    @Override
    public int statsType() {
        return TYPE_RADIO;
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(TYPE_RADIO).u16(noiseFloorDbm).u8(lastRssiDbm).u8(lastSnrQuarterDb).u32(txAirSecs).u32(rxAirSecs);
    }
}
