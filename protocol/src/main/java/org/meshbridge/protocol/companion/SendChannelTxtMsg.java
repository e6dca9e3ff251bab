package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SEND_CHANNEL_TXT_MSG}: a text message to a group channel; answered with OK (not SENT). The
 * firmware does not check the length; we require the 7 bytes it reads.
 *
 * @param txtType txt_type
 * @param channelIdx channel_idx
 * @param timestamp msg_timestamp
 * @param text text
 */
public record SendChannelTxtMsg(int txtType, int channelIdx, long timestamp, Bytes text) implements CompanionCommand {

    public SendChannelTxtMsg {
        Fields.u8(txtType, "txtType");
        Fields.u8(channelIdx, "channelIdx");
        Fields.u32(timestamp, "timestamp");
        Fields.any(text, "text");
    }

    /** Reads the body after the code byte. */
    public static SendChannelTxtMsg read(ByteReader r) throws MalformedFrameException {
        int txtType = r.u8("txt_type");
        int channelIdx = r.u8("channel_idx");
        long timestamp = r.u32("msg_timestamp");
        Bytes text = r.rest();
        return new SendChannelTxtMsg(txtType, channelIdx, timestamp, text);
    }

    @Override
    public int code() {
        return CommandCode.SEND_CHANNEL_TXT_MSG.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(txtType);
        w.u8(channelIdx);
        w.u32(timestamp);
        w.bytes(text);
    }

    /** {@code text} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String textUtf8() {
        return Fields.cString(text);
    }
}
