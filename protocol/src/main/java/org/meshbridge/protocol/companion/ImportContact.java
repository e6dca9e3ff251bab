package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_IMPORT_CONTACT}: imports a raw advert packet (the firmware needs a frame longer than 98 bytes).
 *
 * @param advertPacket advert_packet
 */
public record ImportContact(Bytes advertPacket) implements CompanionCommand {

    public ImportContact {
        Fields.atLeast(advertPacket, 98, "advertPacket");
    }

    /** Reads the body after the code byte. */
    public static ImportContact read(ByteReader r) throws MalformedFrameException {
        if (r.remaining() < 98) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_IMPORT_CONTACT needs at least 98 bytes of advert_packet");
        }
        Bytes advertPacket = r.rest();
        return new ImportContact(advertPacket);
    }

    @Override
    public int code() {
        return CommandCode.IMPORT_CONTACT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(advertPacket);
    }
}
