package org.meshbridge.core.battery;

import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * Reads the battery voltage out of reply bodies (the response plaintext after its 4-byte tag).
 *
 * <ul>
 *   <li>GET_STATUS: firmware {@code RepeaterStats} (56 bytes, simple_repeater) and {@code ServerStats}
 *   (52 bytes, simple_room_server) both start with {@code uint16_t batt_milli_volts}, little-endian.
 *   Older repeater builds sent a shorter struct; every layout has at least the first
 *   {@value #MIN_STATUS_BYTES} bytes (up to {@code n_flood_dups}), so shorter bodies are refused.</li>
 *   <li>GET_TELEMETRY_DATA: Cayenne LPP ({@code channel, type, value}, values big-endian); the
 *   firmware puts the supply voltage first, on channel {@value #CHANNEL_SELF} as type
 *   {@value #LPP_VOLTAGE} (2 bytes, 0.01 V unsigned, {@code src/helpers/sensors/LPPDataHelpers.h}).</li>
 * </ul>
 * Every method throws only {@link MalformedFrameException}.
 */
public final class BatteryDecoding {

    /** Bytes every GET_STATUS layout has. */
    public static final int MIN_STATUS_BYTES = 48;
    /** {@code TELEM_CHANNEL_SELF}. */
    public static final int CHANNEL_SELF = 1;
    /** {@code LPP_VOLTAGE}. */
    public static final int LPP_VOLTAGE = 116;
    private static final int LPP_POLYLINE = 240;

    private BatteryDecoding() {
    }

    /** {@code batt_milli_volts} of a GET_STATUS reply body; 0 means the node does not measure it. */
    public static int statusMillivolts(Bytes status) throws MalformedFrameException {
        if (status.size() < MIN_STATUS_BYTES) {
            throw new MalformedFrameException(Reason.TOO_SHORT,
                    "a status reply has at least " + MIN_STATUS_BYTES + " bytes, this one " + status.size());
        }
        return status.get(0) | status.get(1) << 8;
    }

    /**
     * The supply voltage (channel 1, voltage) of a telemetry reply body, in millivolts.
     *
     * @throws MalformedFrameException if the LPP is cut short, has a type whose size is unknown
     *     before the voltage, or has no voltage on channel 1
     */
    public static int telemetryMillivolts(Bytes lpp) throws MalformedFrameException {
        int at = 0;
        while (at < lpp.size()) {
            if (at + 2 > lpp.size()) {
                throw new MalformedFrameException(Reason.TRUNCATED, "LPP entry header cut at byte " + at);
            }
            int channel = lpp.get(at);
            int type = lpp.get(at + 1);
            if (channel == 0) {
                break; // end of data, as LPPReader::readHeader treats it
            }
            int size = valueSize(type, lpp, at + 2);
            if (at + 2 + size > lpp.size()) {
                throw new MalformedFrameException(Reason.TRUNCATED, "LPP type " + type + " on channel " + channel
                        + " needs " + size + " bytes at byte " + (at + 2) + ", " + (lpp.size() - at - 2) + " left");
            }
            if (channel == CHANNEL_SELF && type == LPP_VOLTAGE) {
                return (lpp.get(at + 2) << 8 | lpp.get(at + 3)) * 10;
            }
            at += 2 + size;
        }
        throw new MalformedFrameException(Reason.BAD_VALUE, "no voltage on channel " + CHANNEL_SELF + " in the telemetry");
    }

    /** The value size of an LPP type, as the firmware's LPPReader knows them. */
    private static int valueSize(int type, Bytes lpp, int valueAt) throws MalformedFrameException {
        return switch (type) {
            case 0, 1, 102, 104, 120, 142 -> 1;
            case 2, 3, 101, 103, 115, 116, 117, 121, 125, 128, 132 -> 2;
            case 135 -> 3;
            case 100, 118, 130, 131, 133 -> 4;
            case 113, 134 -> 6;
            case 136 -> 9;
            case LPP_POLYLINE -> {
                if (valueAt >= lpp.size()) {
                    throw new MalformedFrameException(Reason.TRUNCATED, "LPP polyline without its size byte");
                }
                int size = lpp.get(valueAt);
                if (size < 8) {
                    throw new MalformedFrameException(Reason.BAD_VALUE, "LPP polyline size " + size + " is under 8");
                }
                yield size;
            }
            default -> throw new MalformedFrameException(Reason.UNKNOWN_CODE, "LPP type " + type + " is unknown");
        };
    }
}
