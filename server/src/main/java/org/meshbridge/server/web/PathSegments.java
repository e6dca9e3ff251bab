package org.meshbridge.server.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Percent-decoding of one path segment, strict: bad escapes, bad UTF-8, {@code /} or control characters are refused. */
final class PathSegments {

    /** The longest segment value accepted (room names and node ids are far shorter). */
    static final int MAX_SEGMENT_CHARS = 256;

    private PathSegments() {
    }

    /** The decoded segment, or empty when it is empty, too long, or not well-formed. */
    static Optional<String> decode(String raw) {
        if (raw.isEmpty() || raw.length() > MAX_SEGMENT_CHARS * 3) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            String value = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            boolean clean = value.length() <= MAX_SEGMENT_CHARS && value.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f || ch == '/');
            return clean ? Optional.of(value) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
