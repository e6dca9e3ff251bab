package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.ByteWriter;

/** KISS Return (type byte {@code FF}, no data): leave KISS mode. The MeshCore modem ignores it. */
public record ReturnFrame() implements KissFrame {

    @Override
    public int typeByte() {
        return KissCommand.RETURN.code();
    }

    @Override
    public void writeData(ByteWriter out) {
        // no data
    }
}
