package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_BINARY_REQ}: a binary request to a contact (the radio adds the tag); answered with SENT,
 * later PUSH_CODE_BINARY_RESPONSE; at least 34 bytes.
 *
 * @param publicKey pub_key
 * @param requestData req_data
 */
public record SendBinaryReq(Bytes publicKey, Bytes requestData) implements CompanionCommand {

    public SendBinaryReq {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.atLeast(requestData, 1, "requestData");
    }

    /** Reads the body after the code byte. */
    public static SendBinaryReq read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        if (r.remaining() < 1) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SEND_BINARY_REQ needs at least 1 bytes of req_data");
        }
        Bytes requestData = r.rest();
        return new SendBinaryReq(publicKey, requestData);
    }

    @Override
    public int code() {
        return CommandCode.SEND_BINARY_REQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
        w.bytes(requestData);
    }
}
