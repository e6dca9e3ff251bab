package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** GRP_TXT (0x05): a channel text message (see {@link GroupTextContent}), encrypted with a channel key. */
public record GroupTextPayload(int channelHash, Bytes macAndCiphertext) implements GroupDatagram {

    public GroupTextPayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        GroupDatagram.validate(channelHash, macAndCiphertext);
    }

    @Override
    public int typeCode() {
        return PayloadType.GRP_TXT.code();
    }
}
