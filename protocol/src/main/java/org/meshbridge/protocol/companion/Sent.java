package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_SENT}: a message or request went out. {@code expectedAck} is the ACK hash to wait for, or
 * the request tag (a login's tag is the server key's first 4 bytes).
 *
 * @param flood 1 = sent flood, 0 = direct
 * @param expectedAck expected_ack or tag, wire order
 * @param estTimeoutMs est_timeout
 */
public record Sent(int flood, Bytes expectedAck, long estTimeoutMs) implements CompanionResponse {

    public Sent {
        Fields.u8(flood, "flood");
        Fields.exact(expectedAck, CompanionConstants.ACK_SIZE, "expectedAck");
        Fields.u32(estTimeoutMs, "estTimeoutMs");
    }

    /** Reads the body after the code byte. */
    public static Sent read(ByteReader r) throws MalformedFrameException {
        int flood = r.u8("1 = sent flood, 0 = direct");
        Bytes expectedAck = r.bytes(CompanionConstants.ACK_SIZE, "expected_ack or tag, wire order");
        long estTimeoutMs = r.u32("est_timeout");
        return new Sent(flood, expectedAck, estTimeoutMs);
    }

    @Override
    public int code() {
        return ResponseCode.SENT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(flood);
        w.bytes(expectedAck);
        w.u32(estTimeoutMs);
    }
}
