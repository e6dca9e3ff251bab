package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_RAW_PACKET}: queues a raw on-air packet (parsed with the Dispatcher rules) at the given
 * priority; v1.16+; at least 4 bytes.
 *
 * @param priority priority
 * @param packet raw_packet
 */
public record SendRawPacket(int priority, Bytes packet) implements CompanionCommand {

    public SendRawPacket {
        Fields.u8(priority, "priority");
        Fields.atLeast(packet, 2, "packet");
    }

    /** Reads the body after the code byte. */
    public static SendRawPacket read(ByteReader r) throws MalformedFrameException {
        int priority = r.u8("priority");
        if (r.remaining() < 2) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SEND_RAW_PACKET needs at least 2 bytes of raw_packet");
        }
        Bytes packet = r.rest();
        return new SendRawPacket(priority, packet);
    }

    @Override
    public int code() {
        return CommandCode.SEND_RAW_PACKET.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(priority);
        w.bytes(packet);
    }
}
