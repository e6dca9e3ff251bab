package org.meshbridge.protocol.companion;

import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_STATS} + {@code STATS_TYPE_PACKETS}: 30 bytes, or 26 from firmware without recv_errors
 * (that form is accepted and remembered).
 *
 * @param recv packets received
 * @param sent packets sent
 * @param floodTx sent flood
 * @param directTx sent direct
 * @param floodRx received flood
 * @param directRx received direct
 * @param recvErrors receive/CRC errors (absent in the 26-byte form)
 */
public record StatsPackets(long recv, long sent, long floodTx, long directTx, long floodRx, long directRx,
        OptionalLong recvErrors) implements Stats {

    public StatsPackets {
        Fields.u32(recv, "recv");
        Fields.u32(sent, "sent");
        Fields.u32(floodTx, "floodTx");
        Fields.u32(directTx, "directTx");
        Fields.u32(floodRx, "floodRx");
        Fields.u32(directRx, "directRx");
        Fields.u32(recvErrors, "recvErrors");
    }

    /** The 30-byte form. */
    public StatsPackets(long recv, long sent, long floodTx, long directTx, long floodRx, long directRx, long recvErrors) {
        this(recv, sent, floodTx, directTx, floodRx, directRx, OptionalLong.of(recvErrors));
    }

    static StatsPackets read(ByteReader r) throws MalformedFrameException {
        long recv = r.u32("recv");
        long sent = r.u32("sent");
        long floodTx = r.u32("flood_tx");
        long directTx = r.u32("direct_tx");
        long floodRx = r.u32("flood_rx");
        long directRx = r.u32("direct_rx");
        OptionalLong errors = r.hasRemaining() ? OptionalLong.of(r.u32("recv_errors")) : OptionalLong.empty();
        return new StatsPackets(recv, sent, floodTx, directTx, floodRx, directRx, errors);
    }

    @Override
    public int statsType() {
        return TYPE_PACKETS;
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(TYPE_PACKETS).u32(recv).u32(sent).u32(floodTx).u32(directTx).u32(floodRx).u32(directRx);
        recvErrors.ifPresent(w::u32);
    }
}
