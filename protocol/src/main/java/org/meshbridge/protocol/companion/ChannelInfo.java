package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CHANNEL_INFO}: reply to CMD_GET_CHANNEL. The firmware {@code strcpy}s the name, so bytes
 * after its NUL may be stale; they are kept as sent.
 *
 * @param channelIdx channel_idx
 * @param name name
 * @param secret secret
 */
public record ChannelInfo(int channelIdx, Bytes name, Bytes secret) implements CompanionResponse {

    public ChannelInfo {
        Fields.u8(channelIdx, "channelIdx");
        Fields.exact(name, CompanionConstants.NAME_SIZE, "name");
        Fields.exact(secret, CompanionConstants.CHANNEL_SECRET_SIZE, "secret");
    }

    /** Reads the body after the code byte. */
    public static ChannelInfo read(ByteReader r) throws MalformedFrameException {
        int channelIdx = r.u8("channel_idx");
        Bytes name = r.bytes(CompanionConstants.NAME_SIZE, "name");
        Bytes secret = r.bytes(CompanionConstants.CHANNEL_SECRET_SIZE, "secret");
        return new ChannelInfo(channelIdx, name, secret);
    }

    @Override
    public int code() {
        return ResponseCode.CHANNEL_INFO.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(channelIdx);
        w.bytes(name);
        w.bytes(secret);
    }

    /** {@code name} as text: UTF-8 up to the first NUL. */
    public String nameUtf8() {
        return Fields.cString(name);
    }
}
