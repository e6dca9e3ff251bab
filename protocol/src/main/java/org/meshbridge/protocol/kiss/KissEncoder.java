package org.meshbridge.protocol.kiss;

import static org.meshbridge.protocol.kiss.KissConstants.FEND;
import static org.meshbridge.protocol.kiss.KissConstants.FESC;
import static org.meshbridge.protocol.kiss.KissConstants.TFEND;
import static org.meshbridge.protocol.kiss.KissConstants.TFESC;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Writes KISS frames for the wire: {@code FEND}, the type byte and data with {@code C0} and
 * {@code DB} escaped (type byte included, as {@code KissModem::encodeFrame} does), {@code FEND}.
 */
public final class KissEncoder {

    private KissEncoder() {
    }

    /** The escaped, FEND-delimited bytes of {@code frame}. */
    public static Bytes encode(KissFrame frame) {
        return wrap(frame.unescaped());
    }

    /**
     * Escapes an unescaped frame (type byte plus data) and puts a FEND on each side.
     *
     * @throws IllegalArgumentException if it is empty or longer than the modem's 512-byte buffer
     */
    public static Bytes wrap(Bytes unescaped) {
        if (unescaped.isEmpty() || unescaped.size() > KissConstants.MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("a KISS frame holds 1.." + KissConstants.MAX_FRAME_BYTES
                    + " bytes before escaping, not " + unescaped.size());
        }
        ByteWriter out = new ByteWriter(unescaped.size() + unescaped.size() / 8 + 4);
        out.u8(FEND);
        for (int i = 0; i < unescaped.size(); i++) {
            int b = unescaped.get(i);
            if (b == FEND) {
                out.u8(FESC).u8(TFEND);
            } else if (b == FESC) {
                out.u8(FESC).u8(TFESC);
            } else {
                out.u8(b);
            }
        }
        return out.u8(FEND).toBytes();
    }
}
