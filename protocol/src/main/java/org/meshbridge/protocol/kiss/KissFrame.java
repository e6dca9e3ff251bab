package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * One KISS frame as the MeshCore modem speaks it, unescaped: a type byte, then data. Host requests
 * and modem replies use disjoint SetHardware sub-command codes, so one decoder serves both ends.
 *
 * <p>Anything the firmware does not define decodes to {@link UnknownFrame} or
 * {@link UnknownHardwareFrame} rather than failing; a defined code with the wrong data is a
 * {@link MalformedFrameException}. Every decoded frame re-encodes to exactly its input.
 */
public sealed interface KissFrame
        permits DataFrame, TncParameter, ReturnFrame, HardwareRequest, HardwareResponse,
                UnknownHardwareFrame, UnknownFrame {

    /** The type byte: port in the high nibble, command in the low one ({@code FF} for Return). */
    int typeByte();

    /** Writes the data that follows the type byte. */
    void writeData(ByteWriter out);

    /** Type byte plus data, before escaping. */
    default Bytes unescaped() {
        ByteWriter out = new ByteWriter();
        out.u8(typeByte());
        writeData(out);
        return out.toBytes();
    }

    /**
     * Decodes one unescaped frame (type byte plus data, as between two FENDs).
     *
     * @throws MalformedFrameException if it is empty, longer than the modem's 512-byte buffer, or a
     *     defined command whose data has the wrong shape
     */
    static KissFrame decode(Bytes unescaped) throws MalformedFrameException {
        return KissFrameDecoder.decode(unescaped);
    }
}
