package org.meshbridge.protocol.bytes;

import java.nio.charset.StandardCharsets;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * A bounds-checked cursor over untrusted bytes. Every read either succeeds or throws
 * {@link MalformedFrameException} with {@link Reason#TRUNCATED}; nothing here can raise an
 * index exception or allocate more than the input holds. Integers are little-endian, as on the
 * MeshCore wire.
 *
 * <p>Confine a length-prefixed field with {@link #slice(int)} and finish with
 * {@link #requireFinished()} where the format forbids trailing bytes.
 */
public final class ByteReader {

    private final byte[] data;
    private final int start;
    private final int end;
    private int pos;

    private ByteReader(byte[] data, int start, int end) {
        this.data = data;
        this.start = start;
        this.end = end;
        this.pos = start;
    }

    /** A reader over {@code data}; the array is not copied, and must not change while read. */
    public static ByteReader of(byte[] data) {
        return new ByteReader(data, 0, data.length);
    }

    /** A reader over {@code length} bytes of {@code data} from {@code offset}. */
    public static ByteReader of(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " of " + data.length);
        }
        return new ByteReader(data, offset, offset + length);
    }

    /** Bytes consumed so far. */
    public int position() {
        return pos - start;
    }

    public int remaining() {
        return end - pos;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    private void need(int n, String field) throws MalformedFrameException {
        if (n < 0 || n > end - pos) {
            throw new MalformedFrameException(Reason.TRUNCATED,
                    field + " needs " + n + " bytes at offset " + position() + ", " + remaining() + " left");
        }
    }

    public int u8(String field) throws MalformedFrameException {
        need(1, field);
        return data[pos++] & 0xFF;
    }

    public int i8(String field) throws MalformedFrameException {
        need(1, field);
        return data[pos++];
    }

    public int u16(String field) throws MalformedFrameException {
        need(2, field);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    public int i16(String field) throws MalformedFrameException {
        return (short) u16(field);
    }

    /** An unsigned 32-bit value (timestamps, tags, kHz). */
    public long u32(String field) throws MalformedFrameException {
        return i32(field) & 0xFFFF_FFFFL;
    }

    public int i32(String field) throws MalformedFrameException {
        need(4, field);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16 | (data[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** The next {@code n} bytes as a value. */
    public Bytes bytes(int n, String field) throws MalformedFrameException {
        need(n, field);
        Bytes b = Bytes.of(data, pos, n);
        pos += n;
        return b;
    }

    /** Everything that is left. */
    public Bytes rest() {
        Bytes b = Bytes.of(data, pos, end - pos);
        pos = end;
        return b;
    }

    /** Looks at the next byte without consuming it. */
    public int peekU8(String field) throws MalformedFrameException {
        need(1, field);
        return data[pos] & 0xFF;
    }

    public void skip(int n, String field) throws MalformedFrameException {
        need(n, field);
        pos += n;
    }

    /** A reader confined to the next {@code n} bytes; this reader moves past them. */
    public ByteReader slice(int n, String field) throws MalformedFrameException {
        need(n, field);
        ByteReader sub = new ByteReader(data, pos, pos + n);
        pos += n;
        return sub;
    }

    /**
     * A fixed-width text field padded with NULs (contact and channel names): the text ends at the
     * first NUL or at the field's end.
     */
    public String fixedString(int width, String field) throws MalformedFrameException {
        need(width, field);
        int len = 0;
        while (len < width && data[pos + len] != 0) {
            len++;
        }
        String s = new String(data, pos, len, StandardCharsets.UTF_8);
        pos += width;
        return s;
    }

    /** The rest as UTF-8 text, cut at the first NUL (decrypted text carries zero padding). */
    public String restAsText() {
        int len = 0;
        while (pos + len < end && data[pos + len] != 0) {
            len++;
        }
        String s = new String(data, pos, len, StandardCharsets.UTF_8);
        pos = end;
        return s;
    }

    /** Throws {@link Reason#TRAILING_BYTES} unless everything was read. */
    public void requireFinished(String what) throws MalformedFrameException {
        if (pos != end) {
            throw new MalformedFrameException(Reason.TRAILING_BYTES,
                    what + " has " + remaining() + " unexpected bytes at offset " + position());
        }
    }
}
