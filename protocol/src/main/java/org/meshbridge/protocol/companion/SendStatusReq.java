package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SEND_STATUS_REQ}: asks a repeater or room server for its status; answered with SENT, later
 * PUSH_CODE_STATUS_RESPONSE; at least 33 bytes. Bytes after the last field are ignored by the firmware and
 * kept in {@code trailing} so the frame re-encodes.
 *
 * @param publicKey pub_key
 * @param trailing trailing
 */
public record SendStatusReq(Bytes publicKey, Bytes trailing) implements CompanionCommand {

    public SendStatusReq {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SendStatusReq(Bytes publicKey) {
        this(publicKey, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SendStatusReq read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        Bytes trailing = r.rest();
        return new SendStatusReq(publicKey, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SEND_STATUS_REQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey);
        w.bytes(trailing);
    }
}
