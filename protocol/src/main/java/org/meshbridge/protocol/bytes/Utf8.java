package org.meshbridge.protocol.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** UTF-8 helpers for fixed-size fields: MeshCore cuts names and texts on a character boundary. */
public final class Utf8 {

    private Utf8() {
    }

    /** The UTF-8 encoding of {@code s}, cut to at most {@code maxBytes} without splitting a character. */
    public static byte[] truncate(String s, int maxBytes) {
        byte[] enc = s.getBytes(StandardCharsets.UTF_8);
        if (enc.length <= maxBytes) {
            return enc;
        }
        int cut = Math.max(maxBytes, 0);
        while (cut > 0 && (enc[cut] & 0xC0) == 0x80) {
            cut--; // step back off a continuation byte
        }
        return Arrays.copyOf(enc, cut);
    }

    /** The number of bytes {@code s} takes in UTF-8. */
    public static int length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
