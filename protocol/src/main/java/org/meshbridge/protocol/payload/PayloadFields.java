package org.meshbridge.protocol.payload;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.packet.PayloadType;

/** Shared field readers and argument checks for the payload and content records. */
final class PayloadFields {

    private PayloadFields() {
    }

    static void requireU8(int value, String field) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(field + " must be a byte, not " + value);
        }
    }

    static void requireU16(int value, String field) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(field + " must be a uint16, not " + value);
        }
    }

    static void requireU32(long value, String field) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(field + " must be a uint32, not " + value);
        }
    }

    static void requireSize(Bytes value, int size, String field) {
        if (value.size() != size) {
            throw new IllegalArgumentException(field + " must be " + size + " bytes, not " + value.size());
        }
    }

    static void requireAtMost(int size, int max, String what) {
        if (size > max) {
            throw new IllegalArgumentException(what + " of " + size + " bytes exceeds " + max);
        }
    }

    static void requireNoNul(Bytes text, String field) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i) == 0) {
                throw new IllegalArgumentException(field + " must not contain NUL (offset " + i + ")");
            }
        }
    }

    /** Refuses input longer than {@code max} before parsing it. */
    static void checkInputSize(Bytes input, int max, String what) throws MalformedFrameException {
        if (input.size() > max) {
            throw new MalformedFrameException(Reason.TOO_LONG, what + " of " + input.size() + " bytes exceeds " + max);
        }
    }

    /** Refuses a reader with fewer than {@code min} bytes left. */
    /** As {@link #checkMinimum(ByteReader, int, String)} for "{@code type} payload", naming it only on failure. */
    static void checkMinimum(ByteReader r, int min, PayloadType type) throws MalformedFrameException {
        if (r.remaining() < min) {
            checkMinimum(r, min, type + " payload");
        }
    }

    static void checkMinimum(ByteReader r, int min, String what) throws MalformedFrameException {
        if (r.remaining() < min) {
            throw new MalformedFrameException(Reason.TOO_SHORT, what + " needs at least " + min + " bytes, has " + r.remaining());
        }
    }

    /** The MAC and ciphertext: everything left, at least MAC + 1 byte as {@code Mesh::onRecvPacket} requires. */
    static Bytes macAndCiphertext(ByteReader r) throws MalformedFrameException {
        checkMinimum(r, PayloadConstants.CIPHER_MAC_SIZE + 1, "MAC and ciphertext");
        return r.rest();
    }

    static void requireMacAndCiphertext(Bytes macAndCiphertext) {
        if (macAndCiphertext.size() < PayloadConstants.CIPHER_MAC_SIZE + 1) {
            throw new IllegalArgumentException("MAC and ciphertext need at least 3 bytes, not " + macAndCiphertext.size());
        }
    }

    /**
     * Text up to the first NUL or the end, as the firmware reads C strings out of a decrypted
     * buffer. Consumes the NUL; {@code terminated[0]} tells whether there was one.
     */
    static Bytes cString(ByteReader r, String field, boolean[] terminated) throws MalformedFrameException {
        ByteWriter w = new ByteWriter(r.remaining());
        terminated[0] = false;
        while (r.hasRemaining()) {
            int b = r.u8(field);
            if (b == 0) {
                terminated[0] = true;
                break;
            }
            w.u8(b);
        }
        return w.toBytes();
    }

    /** Accepts only zero padding (AES-ECB fills the last block with zeros) up to the end. */
    static void zeroPadding(ByteReader r, String what) throws MalformedFrameException {
        while (r.hasRemaining()) {
            int offset = r.position();
            if (r.u8("padding") != 0) {
                throw new MalformedFrameException(Reason.TRAILING_BYTES,
                        what + " has non-zero bytes after its end at offset " + offset);
            }
        }
    }
}
