package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SEND_LOGIN}: logs in to a repeater or room server; the password runs to the end of the frame; at
 * least 33 bytes.
 *
 * @param publicKey pub_key
 * @param password password
 */
public record SendLogin(Bytes publicKey, Bytes password) implements CompanionCommand {

    public SendLogin {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.any(password, "password");
    }

    /** Reads the body after the code byte. */
    public static SendLogin read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        Bytes password = r.rest();
        return new SendLogin(publicKey, password);
    }

    @Override
    public int code() {
        return CommandCode.SEND_LOGIN.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
        w.bytes(password);
    }

    /** {@code password} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String passwordUtf8() {
        return Fields.cString(password);
    }
}
