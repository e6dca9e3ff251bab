package org.meshbridge.protocol.bytes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An immutable sequence of bytes with value equality. Records hold {@code Bytes}, never a raw
 * {@code byte[]}, so that equality works and nobody can change a decoded field afterwards.
 */
public final class Bytes implements Comparable<Bytes> {

    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;
    private int hash;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static Bytes of(byte[] bytes, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** Parses hex; see {@link Hex#decode(CharSequence)}. */
    public static Bytes fromHex(CharSequence hex) {
        return wrap(Hex.decode(hex));
    }

    /** The UTF-8 encoding of {@code text}. */
    public static Bytes utf8(String text) {
        return wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code length} zero bytes. */
    public static Bytes zeros(int length) {
        return length == 0 ? EMPTY : new Bytes(new byte[length]);
    }

    /** Takes ownership of {@code bytes}: the caller must not change the array afterwards. */
    static Bytes wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes);
    }

    public int size() {
        return data.length;
    }

    public boolean isEmpty() {
        return data.length == 0;
    }

    /** The byte at {@code index} as an unsigned value 0..255. */
    public int get(int index) {
        return data[index] & 0xFF;
    }

    /** A fresh copy of the bytes. */
    public byte[] toArray() {
        return data.clone();
    }

    /** Feeds all bytes to {@code digest} without copying them (the digest does not keep the array). */
    public void updateDigest(MessageDigest digest) {
        digest.update(data);
    }

    /** Copies all bytes into {@code target} at {@code offset}. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(data, 0, target, offset, data.length);
    }

    public Bytes slice(int from, int to) {
        if (from == 0 && to == data.length) {
            return this;
        }
        return of(data, from, to - from);
    }

    public Bytes prefix(int length) {
        return slice(0, length);
    }

    public Bytes concat(Bytes other) {
        byte[] out = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, out, data.length, other.data.length);
        return wrap(out);
    }

    public boolean startsWith(Bytes prefix) {
        return prefix.data.length <= data.length
                && Arrays.equals(data, 0, prefix.data.length, prefix.data, 0, prefix.data.length);
    }

    /** A reader over these bytes. */
    public ByteReader reader() {
        return ByteReader.of(data);
    }

    /** Decodes as UTF-8; malformed sequences become U+FFFD. */
    public String utf8() {
        return new String(data, StandardCharsets.UTF_8);
    }

    public String hex() {
        return Hex.encode(data);
    }

    /** Constant-time comparison, for MACs and passwords. */
    public boolean constantTimeEquals(Bytes other) {
        return MessageDigest.isEqual(data, other.data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && data.length > 0) {
            h = Arrays.hashCode(data);
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    @Override
    public String toString() {
        return data.length <= 64 ? hex() : Hex.encode(data, 0, 64) + "…(" + data.length + " bytes)";
    }

    /** Direct access for the codecs in this library; never exposed. */
    byte[] array() {
        return data;
    }
}
