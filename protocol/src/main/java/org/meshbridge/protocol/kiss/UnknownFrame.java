package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A frame whose type byte the modem does not act on: a port other than 0, or a command nibble
 * 7..14. Kept raw so it can be logged or passed on; the modem itself ignores such frames.
 */
public record UnknownFrame(int typeByte, Bytes data) implements KissFrame {

    public UnknownFrame {
        Checks.range(typeByte, 0, 255, "type byte");
        Checks.notNull(data, "data");
        if (KissFrameDecoder.isDefinedType(typeByte)) {
            throw new IllegalArgumentException("type byte " + typeByte + " is a defined command");
        }
        Checks.sized(data, 0, KissConstants.MAX_FRAME_BYTES - KissConstants.TYPE_BYTES, "frame data");
    }

    @Override
    public void writeData(ByteWriter out) {
        out.bytes(data);
    }
}
