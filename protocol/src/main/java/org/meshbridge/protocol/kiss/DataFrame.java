package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * KISS Data (type {@code 00}): one raw MeshCore on-air packet, 1..255 bytes, with no metadata. The
 * modem silently drops empty or longer Data frames ({@code processFrame}), so neither is encodable.
 */
public record DataFrame(Bytes packet) implements KissFrame {

    public DataFrame {
        Checks.sized(Checks.notNull(packet, "packet"), 1, KissConstants.MAX_PACKET_BYTES, "Data packet");
    }

    @Override
    public int typeByte() {
        return KissCommand.DATA.code();
    }

    @Override
    public void writeData(ByteWriter out) {
        out.bytes(packet);
    }
}
