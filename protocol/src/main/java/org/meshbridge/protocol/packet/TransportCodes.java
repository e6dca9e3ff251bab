package org.meshbridge.protocol.packet;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * The two {@code uint16} transport codes (little-endian) that follow the header on
 * TRANSPORT_FLOOD and TRANSPORT_DIRECT packets. The first is the region code; the second is
 * reserved and zero in current firmware.
 */
public record TransportCodes(int code1, int code2) {

    /** Both codes zero: firmware's "send this nowhere" scope ({@code shareContactZeroHop}). */
    public static final TransportCodes NONE = new TransportCodes(0, 0);

    public TransportCodes {
        if (code1 < 0 || code1 > 0xFFFF || code2 < 0 || code2 > 0xFFFF) {
            throw new IllegalArgumentException("transport codes must be uint16: " + code1 + ", " + code2);
        }
    }

    /** Only the region code; the second code zero. */
    public static TransportCodes region(int code1) {
        return new TransportCodes(code1, 0);
    }

    public static TransportCodes read(ByteReader r) throws MalformedFrameException {
        return new TransportCodes(r.u16("transport_code_1"), r.u16("transport_code_2"));
    }

    public void write(ByteWriter w) {
        w.u16(code1).u16(code2);
    }
}
