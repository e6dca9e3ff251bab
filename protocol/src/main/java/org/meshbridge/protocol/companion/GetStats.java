package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_STATS}: asks for one of the {@code RESP_CODE_STATS} bodies (0 core, 1 radio, 2 packets); at
 * least 2 bytes. Bytes after the last field are ignored by the firmware and kept in {@code trailing} so the
 * frame re-encodes.
 *
 * @param statsType stats_type
 * @param trailing trailing
 */
public record GetStats(int statsType, Bytes trailing) implements CompanionCommand {

    public GetStats {
        Fields.u8(statsType, "statsType");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetStats(int statsType) {
        this(statsType, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetStats read(ByteReader r) throws MalformedFrameException {
        int statsType = r.u8("stats_type");
        Bytes trailing = r.rest();
        return new GetStats(statsType, trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_STATS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(statsType);
        w.bytes(trailing);
    }
}
