package org.meshbridge.protocol.companion;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.bytes.Utf8;

/** Checks and conversions shared by the companion records. Caller mistakes raise IllegalArgumentException. */
final class Fields {

    private Fields() {
    }

    static int u8(int v, String field) {
        return range(v, 0, 0xFF, field);
    }

    static int i8(int v, String field) {
        return range(v, -128, 127, field);
    }

    static int u16(int v, String field) {
        return range(v, 0, 0xFFFF, field);
    }

    static int i16(int v, String field) {
        return range(v, -32768, 32767, field);
    }

    static long u32(long v, String field) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(field + " must be an unsigned 32-bit value, was " + v);
        }
        return v;
    }

    private static int range(int v, int min, int max, String field) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " must be in " + min + ".." + max + ", was " + v);
        }
        return v;
    }

    static OptionalInt u8(OptionalInt v, String field) {
        Objects.requireNonNull(v, field);
        v.ifPresent(x -> u8(x, field));
        return v;
    }

    static OptionalInt i32(OptionalInt v, String field) {
        return Objects.requireNonNull(v, field);
    }

    static OptionalLong u32(OptionalLong v, String field) {
        Objects.requireNonNull(v, field);
        v.ifPresent(x -> u32(x, field));
        return v;
    }

    /** {@code b}, which must hold exactly {@code size} bytes. */
    static Bytes exact(Bytes b, int size, String field) {
        Objects.requireNonNull(b, field);
        if (b.size() != size) {
            throw new IllegalArgumentException(field + " must be " + size + " bytes, was " + b.size());
        }
        return b;
    }

    /** {@code b}, which must hold at least {@code min} bytes. */
    static Bytes atLeast(Bytes b, int min, String field) {
        Objects.requireNonNull(b, field);
        if (b.size() < min) {
            throw new IllegalArgumentException(field + " needs at least " + min + " bytes, was " + b.size());
        }
        return b;
    }

    static Bytes any(Bytes b, String field) {
        return Objects.requireNonNull(b, field);
    }

    /** {@code text} in UTF-8, NUL-padded to {@code width} and cut on a character boundary, keeping one NUL. */
    static Bytes fixedText(String text, int width) {
        return new ByteWriter(width).fixedString(Objects.requireNonNull(text, "text"), width, true).toBytes();
    }

    /** {@code b} NUL-padded to {@code width} bytes. */
    static Bytes padded(Bytes b, int width, String field) {
        Objects.requireNonNull(b, field);
        if (b.size() > width) {
            throw new IllegalArgumentException(field + " is longer than " + width + " bytes: " + b.size());
        }
        return b.concat(Bytes.zeros(width - b.size()));
    }

    /** The text of a NUL-padded field: UTF-8 up to the first NUL (malformed sequences become U+FFFD). */
    static String cString(Bytes b) {
        int len = 0;
        while (len < b.size() && b.get(len) != 0) {
            len++;
        }
        return new String(b.prefix(len).toArray(), StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of {@code text}, cut to at most {@code maxBytes} on a character boundary. */
    static Bytes utf8(String text, int maxBytes) {
        return Bytes.of(Utf8.truncate(Objects.requireNonNull(text, "text"), maxBytes));
    }

    /** {@code b} cut to at most {@code maxBytes}, stepping back off a UTF-8 continuation byte. */
    static Bytes cutUtf8(Bytes b, int maxBytes) {
        if (b.size() <= maxBytes) {
            return b;
        }
        int cut = Math.max(maxBytes, 0);
        while (cut > 0 && (b.get(cut) & 0xC0) == 0x80) {
            cut--;
        }
        return b.prefix(cut);
    }

    /** Byte count of the path that an encoded path_len announces ({@code Packet::isValidPathLen}). */
    static boolean isValidPathLen(int pathLen) {
        int hashSize = (pathLen >> CompanionConstants.PATH_HASH_SIZE_SHIFT) + 1;
        return hashSize != 4 && pathByteLength(pathLen) <= CompanionConstants.MAX_PATH_SIZE;
    }

    /** hash_count × hash_size of an encoded path_len ({@code Packet::writePath}). */
    static int pathByteLength(int pathLen) {
        int hashSize = ((pathLen & 0xFF) >> CompanionConstants.PATH_HASH_SIZE_SHIFT) + 1;
        return (pathLen & CompanionConstants.PATH_HASH_COUNT_MASK) * hashSize;
    }

    /** Checks that {@code path} has the length its encoded {@code pathLen} announces. */
    static Bytes path(int pathLen, Bytes path, String field) {
        u8(pathLen, field + " length");
        if (!isValidPathLen(pathLen)) {
            throw new IllegalArgumentException(field + " length byte 0x" + Integer.toHexString(pathLen) + " is not a valid path_len");
        }
        return exact(path, pathByteLength(pathLen), field);
    }

    /** Reads the path bytes an encoded path_len announces, refusing reserved or oversized encodings. */
    static Bytes readPath(ByteReader r, int pathLen, String field) throws MalformedFrameException {
        if (!isValidPathLen(pathLen)) {
            throw new MalformedFrameException(Reason.BAD_VALUE,
                    field + " path_len 0x" + Integer.toHexString(pathLen) + " is reserved or exceeds MAX_PATH_SIZE");
        }
        return r.bytes(pathByteLength(pathLen), field);
    }

    /** Refuses a frame shorter than the firmware's minimum {@code minFrame} (code byte included). */
    static void requireMinFrame(ByteReader r, int minFrame, String what) throws MalformedFrameException {
        if (r.remaining() + 1 < minFrame) {
            throw new MalformedFrameException(Reason.TOO_SHORT,
                    what + " needs at least " + minFrame + " bytes, frame has " + (r.remaining() + 1));
        }
    }

    static Bytes bytesOf(String ascii) {
        return Bytes.of(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
