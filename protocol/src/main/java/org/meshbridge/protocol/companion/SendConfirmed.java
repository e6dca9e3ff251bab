package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_SEND_CONFIRMED}: the ACK for a sent message arrived: 4 ACK bytes and the round trip (the
 * repo doc's 6-byte ACK is wrong).
 *
 * @param ack ack, wire order
 * @param roundTripMs trip_time
 */
public record SendConfirmed(Bytes ack, long roundTripMs) implements CompanionPush {

    public SendConfirmed {
        Fields.exact(ack, CompanionConstants.ACK_SIZE, "ack");
        Fields.u32(roundTripMs, "roundTripMs");
    }

    /** Reads the body after the code byte. */
    public static SendConfirmed read(ByteReader r) throws MalformedFrameException {
        Bytes ack = r.bytes(CompanionConstants.ACK_SIZE, "ack, wire order");
        long roundTripMs = r.u32("trip_time");
        return new SendConfirmed(ack, roundTripMs);
    }

    @Override
    public int code() {
        return PushCode.SEND_CONFIRMED.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(ack);
        w.u32(roundTripMs);
    }
}
