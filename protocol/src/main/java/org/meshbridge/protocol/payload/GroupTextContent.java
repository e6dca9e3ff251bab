package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.bytes.Utf8;

/**
 * The plaintext of a GRP_TXT: {@code timestamp(4) | flags(1) | "Sender: message"}. The flags byte
 * must have txt_type 0 ({@code onGroupDataRecv} drops others); its low 2 bits are kept. The
 * sender name is unauthenticated. Zero padding after the text is accepted.
 *
 * @param timestamp the sender's clock, uint32
 * @param flags     0..3
 * @param text      the raw text bytes, no NUL
 */
public record GroupTextContent(long timestamp, int flags, Bytes text) {

    private static final String SEPARATOR = ": ";

    public GroupTextContent {
        Objects.requireNonNull(text, "text");
        PayloadFields.requireU32(timestamp, "timestamp");
        if (flags < 0 || flags > PayloadConstants.TXT_ATTEMPT_MASK) {
            throw new IllegalArgumentException("group text flags must be 0..3 (txt_type 0), not " + flags);
        }
        PayloadFields.requireNoNul(text, "text");
        PayloadFields.requireAtMost(5 + text.size(), PlaintextLimits.GROUP_DECRYPTED_BYTES, "group text plaintext");
    }

    /**
     * A message as {@code sendGroupMessage} builds it: {@code "sender: message"}, the message cut
     * (on a UTF-8 boundary) so the whole text fits {@value PlaintextLimits#MAX_TEXT_BYTES} bytes.
     */
    public static GroupTextContent of(long timestamp, String sender, String message) {
        Bytes prefix = Bytes.utf8(sender + SEPARATOR);
        PayloadFields.requireAtMost(prefix.size(), PlaintextLimits.MAX_TEXT_BYTES, "sender name");
        Bytes body = Bytes.of(Utf8.truncate(message, PlaintextLimits.MAX_TEXT_BYTES - prefix.size()));
        return new GroupTextContent(timestamp, 0, prefix.concat(body));
    }

    public static GroupTextContent decode(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.GROUP_DECRYPTED_BYTES, "group text plaintext");
        return read(plaintext.reader());
    }

    public static GroupTextContent read(ByteReader r) throws MalformedFrameException {
        long timestamp = r.u32("timestamp");
        int flags = r.u8("flags");
        if (flags >>> PayloadConstants.TXT_TYPE_SHIFT != 0) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "group text txt_type " + (flags >>> 2) + " is not PLAIN");
        }
        Bytes text = PayloadFields.cString(r, "text", new boolean[1]);
        PayloadFields.zeroPadding(r, "group text");
        return new GroupTextContent(timestamp, flags, text);
    }

    /** The whole text as UTF-8. */
    public String textString() {
        return text.utf8();
    }

    /** The part before the first {@code ": "}, by convention the sender's name. */
    public Optional<String> sender() {
        String s = textString();
        int i = s.indexOf(SEPARATOR);
        return i < 0 ? Optional.empty() : Optional.of(s.substring(0, i));
    }

    /** The part after the first {@code ": "}, or the whole text when there is none. */
    public String message() {
        String s = textString();
        int i = s.indexOf(SEPARATOR);
        return i < 0 ? s : s.substring(i + SEPARATOR.length());
    }

    public void write(ByteWriter w) {
        w.u32(timestamp).u8(flags).bytes(text);
    }

    public Bytes encode() {
        ByteWriter w = new ByteWriter(5 + text.size());
        write(w);
        return w.toBytes();
    }
}
