package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_BINARY_RESPONSE}: a reply to CMD_SEND_BINARY_REQ / CMD_SEND_ANON_REQ; {@code tag} matches
 * {@link Sent#expectedAck()}.
 *
 * @param reserved reserved
 * @param tag tag, wire order
 * @param data response after the tag
 */
public record BinaryResponse(int reserved, Bytes tag, Bytes data) implements CompanionPush {

    public BinaryResponse {
        Fields.u8(reserved, "reserved");
        Fields.exact(tag, CompanionConstants.ACK_SIZE, "tag");
        Fields.any(data, "data");
    }

    /** With the defaults the firmware writes (no trailing bytes, reserved = 0). */
    public BinaryResponse(Bytes tag, Bytes data) {
        this(0, tag, data);
    }

    /** Reads the body after the code byte. */
    public static BinaryResponse read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        Bytes tag = r.bytes(CompanionConstants.ACK_SIZE, "tag, wire order");
        Bytes data = r.rest();
        return new BinaryResponse(reserved, tag, data);
    }

    @Override
    public int code() {
        return PushCode.BINARY_RESPONSE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved);
        w.bytes(tag);
        w.bytes(data);
    }
}
