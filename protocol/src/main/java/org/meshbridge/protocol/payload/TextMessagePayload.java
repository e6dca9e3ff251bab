package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** TXT_MSG (0x02): a text message (see {@link TextMessageContent}), encrypted between two peers. */
public record TextMessagePayload(int destHash, int srcHash, Bytes macAndCiphertext) implements PeerDatagram {

    public TextMessagePayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        PeerDatagram.validate(destHash, srcHash, macAndCiphertext);
    }

    @Override
    public int typeCode() {
        return PayloadType.TXT_MSG.code();
    }
}
