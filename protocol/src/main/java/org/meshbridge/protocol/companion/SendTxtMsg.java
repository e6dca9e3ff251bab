package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_TXT_MSG}: a direct text message to a contact named by a 6-byte key prefix; at least 14
 * bytes. txt_type 0 = plain, 1 = CLI data (the radio then uses its own clock and expects no ACK).
 *
 * @param txtType txt_type
 * @param attempt attempt
 * @param timestamp msg_timestamp
 * @param publicKeyPrefix pub_key_prefix
 * @param text text
 */
public record SendTxtMsg(int txtType, int attempt, long timestamp, Bytes publicKeyPrefix, Bytes text) implements CompanionCommand {

    public SendTxtMsg {
        Fields.u8(txtType, "txtType");
        Fields.u8(attempt, "attempt");
        Fields.u32(timestamp, "timestamp");
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
        Fields.atLeast(text, 1, "text");
    }

    /** Reads the body after the code byte. */
    public static SendTxtMsg read(ByteReader r) throws MalformedFrameException {
        int txtType = r.u8("txt_type");
        int attempt = r.u8("attempt");
        long timestamp = r.u32("msg_timestamp");
        Bytes publicKeyPrefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        if (r.remaining() < 1) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SEND_TXT_MSG needs at least 1 bytes of text");
        }
        Bytes text = r.rest();
        return new SendTxtMsg(txtType, attempt, timestamp, publicKeyPrefix, text);
    }

    @Override
    public int code() {
        return CommandCode.SEND_TXT_MSG.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(txtType);
        w.u8(attempt);
        w.u32(timestamp);
        w.bytes(publicKeyPrefix);
        w.bytes(text);
    }

    /** {@code text} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String textUtf8() {
        return Fields.cString(text);
    }
}
