package org.meshbridge.core.radio;

/**
 * The radio's report of how strongly a frame was heard.
 *
 * @param snrQuarterDb signal-to-noise ratio in quarter dB, as KISS {@code RxMeta} and the
 *     companion log push carry it (a signed byte on those wires)
 * @param rssiDbm received signal strength in dBm
 */
public record SignalReport(int snrQuarterDb, int rssiDbm) {

    /** The signal-to-noise ratio in dB. */
    public double snrDb() {
        return snrQuarterDb / 4.0;
    }
}
