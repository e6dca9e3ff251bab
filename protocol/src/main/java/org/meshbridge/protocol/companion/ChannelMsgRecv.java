package org.meshbridge.protocol.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CHANNEL_MSG_RECV}: a queued channel message for apps whose app_target_ver is below 3 (meshcore.js announces 1).
 *
 * @param message the message fields
 */
public record ChannelMsgRecv(ChannelMessage message) implements CompanionResponse {

    public ChannelMsgRecv {
        Objects.requireNonNull(message, "message");
    }

    /** Reads the body after the code byte. */
    public static ChannelMsgRecv read(ByteReader r) throws MalformedFrameException {
        return new ChannelMsgRecv(ChannelMessage.read(r));
    }

    @Override
    public int code() {
        return ResponseCode.CHANNEL_MSG_RECV.code();
    }

    @Override
    public void write(ByteWriter w) {
        message.write(w);
    }
}
