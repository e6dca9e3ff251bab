package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** GRP_DATA (0x06): a channel datagram (see {@link GroupDataContent}), encrypted with a channel key. */
public record GroupDataPayload(int channelHash, Bytes macAndCiphertext) implements GroupDatagram {

    public GroupDataPayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        GroupDatagram.validate(channelHash, macAndCiphertext);
    }

    @Override
    public int typeCode() {
        return PayloadType.GRP_DATA.code();
    }
}
