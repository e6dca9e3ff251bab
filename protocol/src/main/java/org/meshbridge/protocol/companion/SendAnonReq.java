package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_ANON_REQ}: an anonymous request to a node (contact or not, v13+); at least 34 bytes.
 *
 * @param publicKey pub_key
 * @param data data
 */
public record SendAnonReq(Bytes publicKey, Bytes data) implements CompanionCommand {

    public SendAnonReq {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.atLeast(data, 1, "data");
    }

    /** Reads the body after the code byte. */
    public static SendAnonReq read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        if (r.remaining() < 1) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SEND_ANON_REQ needs at least 1 bytes of data");
        }
        Bytes data = r.rest();
        return new SendAnonReq(publicKey, data);
    }

    @Override
    public int code() {
        return CommandCode.SEND_ANON_REQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
        w.bytes(data);
    }
}
