package org.meshbridge.server.companion;

import java.nio.charset.StandardCharsets;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.Utf8;

/** Fixed-width, NUL-padded text fields of companion frames (names are 32 bytes). */
final class FrameText {

    /** {@code NAME_SIZE}, firmware {@code MyMesh.h}. */
    static final int NAME_SIZE = 32;

    private FrameText() {
    }

    /** {@code text} cut on a character boundary to leave a NUL, padded with zeros to {@code width}. */
    static Bytes padded(String text, int width) {
        byte[] out = new byte[width];
        byte[] cut = Utf8.truncate(text, width - 1);
        System.arraycopy(cut, 0, out, 0, cut.length);
        return Bytes.of(out);
    }

    /** The text up to the first NUL. */
    static String cString(Bytes field) {
        int end = 0;
        while (end < field.size() && field.get(end) != 0) {
            end++;
        }
        return new String(field.toArray(), 0, end, StandardCharsets.UTF_8);
    }
}
