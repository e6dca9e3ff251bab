package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_EXPORT_CONTACT}: a raw advert packet (route forced to FLOOD, no transport codes). Named
 * with a suffix so it does not clash with the command {@link ExportContact}.
 *
 * @param advertPacket advert packet
 */
public record ExportContactResponse(Bytes advertPacket) implements CompanionResponse {

    public ExportContactResponse {
        Fields.any(advertPacket, "advertPacket");
    }

    /** Reads the body after the code byte. */
    public static ExportContactResponse read(ByteReader r) throws MalformedFrameException {
        Bytes advertPacket = r.rest();
        return new ExportContactResponse(advertPacket);
    }

    @Override
    public int code() {
        return ResponseCode.EXPORT_CONTACT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(advertPacket);
    }
}
