package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** RESPONSE (0x01): a response ({@code tag | body}, see {@link ResponseContent}), encrypted between two peers. */
public record ResponsePayload(int destHash, int srcHash, Bytes macAndCiphertext) implements PeerDatagram {

    public ResponsePayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        PeerDatagram.validate(destHash, srcHash, macAndCiphertext);
    }

    @Override
    public int typeCode() {
        return PayloadType.RESPONSE.code();
    }
}
