package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_PATH_DISCOVERY_REQ}: a flood telemetry request that reports both paths in
 * PUSH_CODE_PATH_DISCOVERY_RESPONSE; byte 1 must be 0; at least 34 bytes. Bytes after the last field are
 * ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param publicKey pub_key
 * @param trailing trailing
 */
public record SendPathDiscoveryReq(Bytes publicKey, Bytes trailing) implements CompanionCommand {

    public SendPathDiscoveryReq {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SendPathDiscoveryReq(Bytes publicKey) {
        this(publicKey, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SendPathDiscoveryReq read(ByteReader r) throws MalformedFrameException {
        if (r.u8("reserved") != 0) {
            throw new MalformedFrameException(Reason.RESERVED_BITS, "CMD_SEND_PATH_DISCOVERY_REQ byte 1 must be 0");
        }
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        Bytes trailing = r.rest();
        return new SendPathDiscoveryReq(publicKey, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SEND_PATH_DISCOVERY_REQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(0);
        w.bytes(publicKey);
        w.bytes(trailing);
    }
}
