package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_CHANNEL}: asks for {@link ChannelInfo}; at least 2 bytes. Bytes after the last field are
 * ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param channelIdx channel_idx
 * @param trailing trailing
 */
public record GetChannel(int channelIdx, Bytes trailing) implements CompanionCommand {

    public GetChannel {
        Fields.u8(channelIdx, "channelIdx");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetChannel(int channelIdx) {
        this(channelIdx, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetChannel read(ByteReader r) throws MalformedFrameException {
        int channelIdx = r.u8("channel_idx");
        Bytes trailing = r.rest();
        return new GetChannel(channelIdx, trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_CHANNEL.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(channelIdx);
        w.bytes(trailing);
    }
}
