package org.meshbridge.protocol.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CONTACT_MSG_RECV}: a queued direct message for apps whose app_target_ver is below 3 (meshcore.js announces 1).
 *
 * @param message the message fields
 */
public record ContactMsgRecv(ContactMessage message) implements CompanionResponse {

    public ContactMsgRecv {
        Objects.requireNonNull(message, "message");
    }

    /** Reads the body after the code byte. */
    public static ContactMsgRecv read(ByteReader r) throws MalformedFrameException {
        return new ContactMsgRecv(ContactMessage.read(r));
    }

    @Override
    public int code() {
        return ResponseCode.CONTACT_MSG_RECV.code();
    }

    @Override
    public void write(ByteWriter w) {
        message.write(w);
    }
}
