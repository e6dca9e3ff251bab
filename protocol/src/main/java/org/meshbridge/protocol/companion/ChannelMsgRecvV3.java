package org.meshbridge.protocol.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CHANNEL_MSG_RECV_V3}: a queued channel message for apps whose app_target_ver is 3 or more: SNR and two reserved bytes, then the v1 layout.
 *
 * @param snrQuarterDb the packet's SNR × 4 (int8)
 * @param reserved the two reserved bytes (the firmware writes 0, 0), as a little-endian u16
 * @param message the message fields
 */
public record ChannelMsgRecvV3(int snrQuarterDb, int reserved, ChannelMessage message) implements CompanionResponse {

    public ChannelMsgRecvV3 {
        Fields.i8(snrQuarterDb, "snrQuarterDb");
        Fields.u16(reserved, "reserved");
        Objects.requireNonNull(message, "message");
    }

    /** With the reserved bytes the firmware writes (0, 0). */
    public ChannelMsgRecvV3(int snrQuarterDb, ChannelMessage message) {
        this(snrQuarterDb, 0, message);
    }

    /** Reads the body after the code byte. */
    public static ChannelMsgRecvV3 read(ByteReader r) throws MalformedFrameException {
        int snr = r.i8("snr");
        int reserved = r.u16("reserved");
        return new ChannelMsgRecvV3(snr, reserved, ChannelMessage.read(r));
    }

    @Override
    public int code() {
        return ResponseCode.CHANNEL_MSG_RECV_V3.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(snrQuarterDb).u16(reserved);
        message.write(w);
    }
}
