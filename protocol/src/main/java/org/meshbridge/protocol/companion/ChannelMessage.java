package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * A received channel message as {@code MyMesh::onChannelMessageRecv} lays it out, shared by
 * {@link ChannelMsgRecv} (v1) and {@link ChannelMsgRecvV3}: channel_idx, path_len (the flood packet's encoded
 * path_len, or 0xFF when it came direct), txt_type (0), timestamp, then the text ("Name: msg") to the end.
 *
 * @param channelIdx channel_idx
 * @param pathLen path_len
 * @param txtType txt_type (the firmware always writes 0)
 * @param timestamp the sender's timestamp
 * @param text the text bytes (the firmware may cut a UTF-8 character at the frame limit)
 */
public record ChannelMessage(int channelIdx, int pathLen, int txtType, long timestamp, Bytes text) {

    /** Bytes before the text. */
    static final int HEADER_BYTES = 1 + 1 + 1 + 4;

    public ChannelMessage {
        Fields.u8(channelIdx, "channelIdx");
        Fields.u8(pathLen, "pathLen");
        Fields.u8(txtType, "txtType");
        Fields.u32(timestamp, "timestamp");
        Fields.any(text, "text");
    }

    /** A plain message with UTF-8 text. */
    public static ChannelMessage of(int channelIdx, int pathLen, long timestamp, String text) {
        return new ChannelMessage(channelIdx, pathLen, 0, timestamp, Bytes.utf8(text));
    }

    /** This message with its text cut (on a UTF-8 boundary) to {@code maxBytes}. */
    ChannelMessage withTextCut(int maxBytes) {
        Bytes cut = Fields.cutUtf8(text, maxBytes);
        return cut == text ? this : new ChannelMessage(channelIdx, pathLen, txtType, timestamp, cut);
    }

    static ChannelMessage read(ByteReader r) throws MalformedFrameException {
        int idx = r.u8("channel_idx");
        int pathLen = r.u8("path_len");
        int txtType = r.u8("txt_type");
        long ts = r.u32("timestamp");
        return new ChannelMessage(idx, pathLen, txtType, ts, r.rest());
    }

    void write(ByteWriter w) {
        w.u8(channelIdx).u8(pathLen).u8(txtType).u32(timestamp).bytes(text);
    }

    /** The text as a string (malformed UTF-8 becomes U+FFFD). */
    public String textUtf8() {
        return Fields.cString(text);
    }
}
