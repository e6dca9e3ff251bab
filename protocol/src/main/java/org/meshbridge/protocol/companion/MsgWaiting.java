package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;

/**
 * {@code PUSH_CODE_MSG_WAITING}: a message was queued; drain with CMD_SYNC_NEXT_MESSAGE.
 */
public record MsgWaiting() implements CompanionPush {

    /** Reads the body after the code byte. */
    public static MsgWaiting read(ByteReader r) {
        return new MsgWaiting();
    }

    @Override
    public int code() {
        return PushCode.MSG_WAITING.code();
    }

    @Override
    public void write(ByteWriter w) {
        // the code byte is the whole frame
    }
}
