package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_STATS} + {@code STATS_TYPE_CORE}: 11 bytes. meshcore.js reads no err_flags and takes
 * its first byte as the queue length.
 *
 * @param batteryMv battery_mv
 * @param uptimeSecs uptime_secs
 * @param errFlags error flags bitmask
 * @param queueLen outbound queue length
 */
public record StatsCore(int batteryMv, long uptimeSecs, int errFlags, int queueLen) implements Stats {

    public StatsCore {
        Fields.u16(batteryMv, "batteryMv");
        Fields.u32(uptimeSecs, "uptimeSecs");
        Fields.u16(errFlags, "errFlags");
        Fields.u8(queueLen, "queueLen");
    }

    static StatsCore read(ByteReader r) throws MalformedFrameException {
        return new StatsCore(r.u16("battery_mv"), r.u32("uptime_secs"), r.u16("errors"), r.u8("queue_len"));
    }

    @Override
    public int statsType() {
        return TYPE_CORE;
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(TYPE_CORE).u16(batteryMv).u32(uptimeSecs).u16(errFlags).u8(queueLen);
    }
}
