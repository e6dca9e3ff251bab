package org.meshbridge.protocol.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds little-endian wire bytes. Grows as needed; {@link #toBytes()} hands out the result. */
public final class ByteWriter {

    private byte[] buf;
    private int len;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(initialCapacity, 8)];
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public int size() {
        return len;
    }

    public ByteWriter u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteWriter u16(int v) {
        ensure(2);
        buf[len++] = (byte) v;
        buf[len++] = (byte) (v >>> 8);
        return this;
    }

    public ByteWriter u32(long v) {
        return i32((int) v);
    }

    public ByteWriter i32(int v) {
        ensure(4);
        buf[len++] = (byte) v;
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 24);
        return this;
    }

    public ByteWriter bytes(Bytes b) {
        ensure(b.size());
        System.arraycopy(b.array(), 0, buf, len, b.size());
        len += b.size();
        return this;
    }

    public ByteWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public ByteWriter bytes(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, buf, len, length);
        len += length;
        return this;
    }

    public ByteWriter zeros(int n) {
        ensure(n);
        len += n; // the buffer is zero-filled past len
        return this;
    }

    public ByteWriter utf8(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code s} in UTF-8 in a field of exactly {@code width} bytes: NUL-padded, and cut on a
     * character boundary when too long ({@code keepNul} leaves room for at least one NUL).
     */
    public ByteWriter fixedString(String s, int width, boolean keepNul) {
        byte[] enc = Utf8.truncate(s, keepNul ? width - 1 : width);
        bytes(enc);
        return zeros(width - enc.length);
    }

    /** The bytes written so far, as a value. */
    public Bytes toBytes() {
        return Bytes.wrap(Arrays.copyOf(buf, len));
    }

    public byte[] toArray() {
        return Arrays.copyOf(buf, len);
    }
}
