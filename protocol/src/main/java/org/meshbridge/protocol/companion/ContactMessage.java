package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * A received direct message as {@code MyMesh::queueMessage} lays it out, shared by
 * {@link ContactMsgRecv} (v1) and {@link ContactMsgRecvV3}: pk6, path_len (the flood packet's encoded
 * path_len, or 0xFF when it came direct), txt_type, sender_timestamp, a 4-byte author prefix when txt_type is
 * 2 (signed plain, room posts), then the text to the end of the frame (no NUL).
 *
 * @param publicKeyPrefix the sender's first 6 key bytes
 * @param pathLen path_len
 * @param txtType txt_type (0 plain, 1 CLI data, 2 signed plain)
 * @param senderTimestamp sender_timestamp
 * @param senderPrefix the author's first 4 key bytes when txtType is 2, else empty
 * @param text the text bytes (the firmware may cut a UTF-8 character at the frame limit)
 */
public record ContactMessage(Bytes publicKeyPrefix, int pathLen, int txtType, long senderTimestamp,
        Bytes senderPrefix, Bytes text) {

    public ContactMessage {
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
        Fields.u8(pathLen, "pathLen");
        Fields.u8(txtType, "txtType");
        Fields.u32(senderTimestamp, "senderTimestamp");
        Fields.exact(senderPrefix, txtType == CompanionConstants.TXT_TYPE_SIGNED_PLAIN
                ? CompanionConstants.SIGNED_PREFIX_SIZE : 0, "senderPrefix");
        Fields.any(text, "text");
    }

    /** An unsigned message (txt_type 0 or 1) with UTF-8 text. */
    public static ContactMessage of(Bytes publicKeyPrefix, int pathLen, int txtType, long senderTimestamp, String text) {
        return new ContactMessage(publicKeyPrefix, pathLen, txtType, senderTimestamp, Bytes.EMPTY,
                Bytes.utf8(text));
    }

    /** Bytes before the text (the firmware cuts the text so the frame stays within MAX_FRAME_SIZE). */
    int headerBytes() {
        return CompanionConstants.PUB_KEY_PREFIX_SIZE + 1 + 1 + 4 + senderPrefix.size();
    }

    /** This message with its text cut (on a UTF-8 boundary) to {@code maxBytes}. */
    ContactMessage withTextCut(int maxBytes) {
        Bytes cut = Fields.cutUtf8(text, maxBytes);
        return cut == text ? this : new ContactMessage(publicKeyPrefix, pathLen, txtType, senderTimestamp, senderPrefix, cut);
    }

    static ContactMessage read(ByteReader r) throws MalformedFrameException {
        Bytes prefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        int pathLen = r.u8("path_len");
        int txtType = r.u8("txt_type");
        long ts = r.u32("sender_timestamp");
        Bytes author = txtType == CompanionConstants.TXT_TYPE_SIGNED_PLAIN
                ? r.bytes(CompanionConstants.SIGNED_PREFIX_SIZE, "sender_prefix") : Bytes.EMPTY;
        return new ContactMessage(prefix, pathLen, txtType, ts, author, r.rest());
    }

    void write(ByteWriter w) {
        w.bytes(publicKeyPrefix).u8(pathLen).u8(txtType).u32(senderTimestamp).bytes(senderPrefix).bytes(text);
    }

    /** The text as a string (malformed UTF-8 becomes U+FFFD). */
    public String textUtf8() {
        return Fields.cString(text);
    }

    /** Whether it arrived direct (path_len 0xFF) rather than flooded. */
    public boolean receivedDirect() {
        return pathLen == CompanionConstants.OUT_PATH_UNKNOWN;
    }
}
