package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_CONTROL_DATA}: a CONTROL payload sent zero-hop (v8+). The firmware honours it only when
 * the payload's first byte has bit 0x80 set (else ERR_CODE_UNSUPPORTED_CMD); at least 2 bytes.
 *
 * @param payload the CONTROL payload
 */
public record SendControlData(Bytes payload) implements CompanionCommand {

    public SendControlData {
        Fields.atLeast(payload, 1, "payload");
        if ((payload.get(0) & CompanionConstants.CONTROL_DATA_FLAG) == 0) {
            throw new IllegalArgumentException("a CONTROL payload's first byte must have bit 0x80 set");
        }
    }

    /** Reads the body after the code byte. */
    public static SendControlData read(ByteReader r) throws MalformedFrameException {
        int first = r.peekU8("payload");
        if ((first & CompanionConstants.CONTROL_DATA_FLAG) == 0) {
            throw new MalformedFrameException(Reason.BAD_VALUE,
                    "CMD_SEND_CONTROL_DATA payload byte 0 lacks bit 0x80: 0x" + Integer.toHexString(first));
        }
        return new SendControlData(r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SEND_CONTROL_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(payload);
    }
}
