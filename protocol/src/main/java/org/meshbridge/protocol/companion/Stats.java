package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code RESP_CODE_STATS} (v8+): byte 1 is the stats type ({@code STATS_TYPE_*}) and selects one of three
 * bodies ({@code docs/stats_binary_frames.md}).
 */
public sealed interface Stats extends CompanionResponse permits StatsCore, StatsRadio, StatsPackets {

    /** {@code STATS_TYPE_CORE}. */
    int TYPE_CORE = 0;
    /** {@code STATS_TYPE_RADIO}. */
    int TYPE_RADIO = 1;
    /** {@code STATS_TYPE_PACKETS}. */
    int TYPE_PACKETS = 2;

    /** The stats type byte. */
    int statsType();

    @Override
    default int code() {
        return ResponseCode.STATS.code();
    }

    /** Reads the type byte and the body after it. */
    static Stats read(ByteReader r) throws MalformedFrameException {
        int type = r.u8("stats_type");
        switch (type) {
            case TYPE_CORE:
                return StatsCore.read(r);
            case TYPE_RADIO:
                return StatsRadio.read(r);
            case TYPE_PACKETS:
                return StatsPackets.read(r);
            default:
                throw new MalformedFrameException(Reason.UNKNOWN_CODE, "RESP_CODE_STATS type " + type + " is not defined");
        }
    }
}
