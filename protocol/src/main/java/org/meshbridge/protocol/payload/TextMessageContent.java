package org.meshbridge.protocol.payload;

import static org.meshbridge.protocol.payload.PayloadConstants.AUTHOR_PREFIX_SIZE;
import static org.meshbridge.protocol.payload.PayloadConstants.TXT_ATTEMPT_MASK;
import static org.meshbridge.protocol.payload.PayloadConstants.TXT_TYPE_SHIFT;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * The plaintext of a TXT_MSG: {@code timestamp(4) | (txt_type << 2) | (attempt & 3) |
 * [author prefix(4), SIGNED_PLAIN only] | text}. For attempts above 3 (senders since v1.4.1) the
 * text is followed by {@code 0x00} and the full attempt byte. Decrypted buffers carry zero
 * padding, which the reader accepts; any other byte after the text is refused.
 *
 * @param timestamp    the sender's clock (uint32), also the tag that keeps packet hashes unique
 * @param txtTypeCode  the txt_type, 0..63 (see {@link TextType})
 * @param attempt      the retry number, 0..255
 * @param authorPrefix the original author's 4-byte key prefix, present exactly for SIGNED_PLAIN
 * @param text         the raw text bytes, no NUL
 */
public record TextMessageContent(long timestamp, int txtTypeCode, int attempt, Optional<Bytes> authorPrefix, Bytes text) {

    public TextMessageContent {
        Objects.requireNonNull(authorPrefix, "authorPrefix");
        Objects.requireNonNull(text, "text");
        PayloadFields.requireU32(timestamp, "timestamp");
        if (txtTypeCode < 0 || txtTypeCode > 0x3F) {
            throw new IllegalArgumentException("txt_type must be 0..63, not " + txtTypeCode);
        }
        PayloadFields.requireU8(attempt, "attempt");
        if (authorPrefix.isPresent() != (txtTypeCode == TextType.SIGNED_PLAIN.code())) {
            throw new IllegalArgumentException("an author prefix goes exactly with SIGNED_PLAIN");
        }
        authorPrefix.ifPresent(p -> PayloadFields.requireSize(p, AUTHOR_PREFIX_SIZE, "author prefix"));
        PayloadFields.requireNoNul(text, "text");
        PayloadFields.requireAtMost(5 + (authorPrefix.isPresent() ? AUTHOR_PREFIX_SIZE : 0) + text.size() + (attempt > 3 ? 2 : 0),
                PlaintextLimits.PEER_DECRYPTED_BYTES, "text message plaintext");
    }

    /** A plain message as {@code composeMsgPacket} builds it (text at most {@value PlaintextLimits#MAX_TEXT_BYTES} bytes). */
    public static TextMessageContent plain(long timestamp, int attempt, String text) {
        return of(timestamp, TextType.PLAIN, attempt, Optional.empty(), text);
    }

    /** A CLI command or reply (never ACKed). */
    public static TextMessageContent cliData(long timestamp, int attempt, String text) {
        return of(timestamp, TextType.CLI_DATA, attempt, Optional.empty(), text);
    }

    /** A room server push: the post's author prefix and text. */
    public static TextMessageContent signedPlain(long timestamp, int attempt, Bytes authorPrefix, String text) {
        return of(timestamp, TextType.SIGNED_PLAIN, attempt, Optional.of(authorPrefix), text);
    }

    private static TextMessageContent of(long timestamp, TextType type, int attempt, Optional<Bytes> author, String text) {
        Bytes bytes = Bytes.utf8(text);
        int max = PlaintextLimits.MAX_TEXT_BYTES - (attempt > 3 ? 2 : 0);
        PayloadFields.requireAtMost(bytes.size(), max, "text");
        return new TextMessageContent(timestamp, type.code(), attempt, author, bytes);
    }

    public static TextMessageContent decode(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.PEER_DECRYPTED_BYTES, "text message plaintext");
        return read(plaintext.reader());
    }

    public static TextMessageContent read(ByteReader r) throws MalformedFrameException {
        long timestamp = r.u32("timestamp");
        int flags = r.u8("txt_type/attempt");
        int type = flags >>> TXT_TYPE_SHIFT;
        Optional<Bytes> author = type == TextType.SIGNED_PLAIN.code()
                ? Optional.of(r.bytes(AUTHOR_PREFIX_SIZE, "author prefix")) : Optional.empty();
        boolean[] terminated = new boolean[1];
        Bytes text = PayloadFields.cString(r, "text", terminated);
        int attempt = flags & TXT_ATTEMPT_MASK;
        if (terminated[0] && r.hasRemaining()) {
            int extended = r.u8("attempt");
            if (extended != 0) {
                if (extended <= TXT_ATTEMPT_MASK || (extended & TXT_ATTEMPT_MASK) != attempt) {
                    throw new MalformedFrameException(Reason.BAD_VALUE,
                            "extended attempt " + extended + " does not match attempt bits " + attempt);
                }
                attempt = extended;
            }
        }
        PayloadFields.zeroPadding(r, "text message");
        return new TextMessageContent(timestamp, type, attempt, author, text);
    }

    public Optional<TextType> txtType() {
        return TextType.fromCode(txtTypeCode);
    }

    /** The text as UTF-8 (malformed sequences become U+FFFD). */
    public String textString() {
        return text.utf8();
    }

    /**
     * The bytes an ACK hash covers: {@code P[0 .. 5+textlen)}, or {@code P[0 .. 9+textlen)} with
     * the author prefix (spec §6.1); the extended attempt tail is not included.
     */
    public Bytes ackedBytes() {
        ByteWriter w = new ByteWriter(9 + text.size());
        writeHead(w);
        return w.toBytes();
    }

    public void write(ByteWriter w) {
        writeHead(w);
        if (attempt > TXT_ATTEMPT_MASK) {
            w.u8(0).u8(attempt);
        }
    }

    public Bytes encode() {
        ByteWriter w = new ByteWriter(11 + text.size());
        write(w);
        return w.toBytes();
    }

    private void writeHead(ByteWriter w) {
        w.u32(timestamp).u8(txtTypeCode << TXT_TYPE_SHIFT | attempt & TXT_ATTEMPT_MASK);
        authorPrefix.ifPresent(w::bytes);
        w.bytes(text);
    }
}
