package org.meshbridge.core.room;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How posts are written onto the air, where one message carries at most a few hundred bytes.
 *
 * <p><b>Attribution.</b> A post by an internet user or heard on a channel is shown to RF readers
 * as {@code "name: text"}, the way a channel message shows its sender; RF and system posts are
 * shown as written (their author is in the push's key prefix).
 *
 * <p><b>Splitting.</b> A text that fits {@code maxBytes} of UTF-8 is sent whole. A longer one is
 * cut into parts, in order, each {@code "(k/n) "} followed by a piece of the text, every part at
 * most {@code maxBytes}; pieces end after a space when one falls in their second half, and never
 * split a character. For room pushes {@code maxBytes} is 151 (the firmware's
 * {@code MAX_POST_TEXT_LEN}), so every part also fits a stock room server's post.
 */
public final class RfText {

    /** The bytes of one room push's text ({@code MAX_POST_TEXT_LEN}): what each part of a room post may take. */
    public static final int ROOM_PUSH_BYTES = RoomConstants.MAX_PUSH_TEXT_BYTES;

    private static final String SEPARATOR = ": ";

    private RfText() {
    }

    /** The text RF readers see for a post's body: {@code "name: text"} for internet and channel posts. */
    public static String attributed(PostOrigin origin, String authorName, String text) {
        return switch (origin) {
            case INTERNET, CHANNEL -> authorName + SEPARATOR + text;
            case RF, SYSTEM -> text;
        };
    }

    /** The parts {@code text} is sent in: itself if it fits {@code maxBytes}, else numbered pieces. */
    public static List<String> split(String text, int maxBytes) {
        if (maxBytes < 16) {
            throw new IllegalArgumentException("maxBytes must be at least 16: " + maxBytes);
        }
        if (utf8Length(text) <= maxBytes) {
            return List.of(text);
        }
        int assumed = 2;
        while (true) {
            int budget = maxBytes - utf8Length(label(assumed, assumed));
            List<String> pieces = pieces(text, budget);
            if (String.valueOf(pieces.size()).length() <= String.valueOf(assumed).length()) {
                List<String> parts = new ArrayList<>(pieces.size());
                for (int i = 0; i < pieces.size(); i++) {
                    parts.add(label(i + 1, pieces.size()) + pieces.get(i));
                }
                return parts;
            }
            assumed = pieces.size();
        }
    }

    /** The number of parts {@link #split} makes. */
    public static int partCount(String text, int maxBytes) {
        return split(text, maxBytes).size();
    }

    private static String label(int k, int n) {
        return "(" + k + "/" + n + ") ";
    }

    private static List<String> pieces(String text, int budget) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            int lastSpace = -1;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > budget) {
                    break;
                }
                bytes += n;
                end += Character.charCount(cp);
                if (cp == ' ' && bytes > budget / 2) {
                    lastSpace = end;
                }
            }
            if (end < text.length() && lastSpace > 0) {
                end = lastSpace;
            }
            out.add(text.substring(start, end).stripTrailing());
            start = end;
        }
        return out;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
