package org.meshbridge.protocol.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CONTACT_MSG_RECV_V3}: a queued direct message for apps whose app_target_ver is 3 or more: SNR and two reserved bytes, then the v1 layout.
 *
 * @param snrQuarterDb the packet's SNR × 4 (int8)
 * @param reserved the two reserved bytes (the firmware writes 0, 0), as a little-endian u16
 * @param message the message fields
 */
public record ContactMsgRecvV3(int snrQuarterDb, int reserved, ContactMessage message) implements CompanionResponse {

    public ContactMsgRecvV3 {
        Fields.i8(snrQuarterDb, "snrQuarterDb");
        Fields.u16(reserved, "reserved");
        Objects.requireNonNull(message, "message");
    }

    /** With the reserved bytes the firmware writes (0, 0). */
    public ContactMsgRecvV3(int snrQuarterDb, ContactMessage message) {
        this(snrQuarterDb, 0, message);
    }

    /** Reads the body after the code byte. */
    public static ContactMsgRecvV3 read(ByteReader r) throws MalformedFrameException {
        int snr = r.i8("snr");
        int reserved = r.u16("reserved");
        return new ContactMsgRecvV3(snr, reserved, ContactMessage.read(r));
    }

    @Override
    public int code() {
        return ResponseCode.CONTACT_MSG_RECV_V3.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(snrQuarterDb).u16(reserved);
        message.write(w);
    }
}
