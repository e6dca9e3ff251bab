package org.meshbridge.protocol.bytes;

/** Hexadecimal text, as MeshCore tools print bytes: two digits per byte, in wire order. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Lowercase hex of all of {@code bytes}. */
    public static String encode(byte[] bytes) {
        return encode(bytes, 0, bytes.length);
    }

    /** Lowercase hex of {@code length} bytes from {@code offset}. */
    public static String encode(byte[] bytes, int offset, int length) {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0F];
        }
        return new String(out);
    }

    /**
     * Parses hex in either case. Whitespace is ignored, so vectors may be grouped for reading
     * ({@code "3C 02 00 16 03"}).
     *
     * @throws IllegalArgumentException on an odd digit count or a non-hex character
     */
    public static byte[] decode(CharSequence text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                digits.append(c);
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("hex has an odd number of digits (" + digits.length() + ")");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((digit(digits, 2 * i) << 4) | digit(digits, 2 * i + 1));
        }
        return out;
    }

    private static int digit(CharSequence s, int index) {
        char c = s.charAt(index);
        int d = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1; // ASCII only: Character.digit would also take fullwidth and other Unicode digits
        if (d < 0) {
            throw new IllegalArgumentException("not a hex digit at " + index + ": '" + s.charAt(index) + "'");
        }
        return d;
    }
}
