package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** REQ (0x00): a request ({@code timestamp/tag | request bytes}, see {@link RequestContent}), encrypted between two peers. */
public record RequestPayload(int destHash, int srcHash, Bytes macAndCiphertext) implements PeerDatagram {

    public RequestPayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        PeerDatagram.validate(destHash, srcHash, macAndCiphertext);
    }

    @Override
    public int typeCode() {
        return PayloadType.REQ.code();
    }
}
