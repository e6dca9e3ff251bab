package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_CHANNEL}: index, 32-byte NUL-padded name and a 16-byte secret; at least 50 bytes. A frame of
 * 66 bytes or more is the 32-byte-secret variant, which the firmware refuses with ERR_CODE_UNSUPPORTED_CMD.
 *
 * @param channelIdx channel_idx
 * @param name name (32, NUL-padded)
 * @param secret secret, 16 bytes (or 32 for the refused variant)
 * @param trailing bytes the firmware ignores (fewer than 16 after a 16-byte secret)
 */
public record SetChannel(int channelIdx, Bytes name, Bytes secret, Bytes trailing) implements CompanionCommand {

    public SetChannel {
        Fields.u8(channelIdx, "channelIdx");
        Fields.exact(name, CompanionConstants.NAME_SIZE, "name");
        Fields.any(secret, "secret");
        Fields.any(trailing, "trailing");
        if (secret.size() != CompanionConstants.CHANNEL_SECRET_SIZE
                && secret.size() != CompanionConstants.CHANNEL_SECRET_LONG_SIZE) {
            throw new IllegalArgumentException("secret must be 16 or 32 bytes, was " + secret.size());
        }
        if (secret.size() == CompanionConstants.CHANNEL_SECRET_SIZE
                && trailing.size() >= CompanionConstants.CHANNEL_SECRET_LONG_SIZE - CompanionConstants.CHANNEL_SECRET_SIZE) {
            throw new IllegalArgumentException("16 trailing bytes would make this the 32-byte-secret variant");
        }
    }

    /** A channel with a NUL-padded name (cut to 31 bytes) and a 16-byte secret. */
    public static SetChannel of(int channelIdx, String name, Bytes secret) {
        return new SetChannel(channelIdx, Fields.fixedText(name, CompanionConstants.NAME_SIZE),
                Fields.exact(secret, CompanionConstants.CHANNEL_SECRET_SIZE, "secret"), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetChannel read(ByteReader r) throws MalformedFrameException {
        int idx = r.u8("channel_idx");
        Bytes name = r.bytes(CompanionConstants.NAME_SIZE, "name");
        int secretSize = r.remaining() >= CompanionConstants.CHANNEL_SECRET_LONG_SIZE
                ? CompanionConstants.CHANNEL_SECRET_LONG_SIZE : CompanionConstants.CHANNEL_SECRET_SIZE;
        Bytes secret = r.bytes(secretSize, "secret");
        return new SetChannel(idx, name, secret, r.rest());
    }

    /** The name as text: UTF-8 up to the first NUL. */
    public String nameUtf8() {
        return Fields.cString(name);
    }

    @Override
    public int code() {
        return CommandCode.SET_CHANNEL.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(channelIdx).bytes(name).bytes(secret).bytes(trailing);
    }
}
