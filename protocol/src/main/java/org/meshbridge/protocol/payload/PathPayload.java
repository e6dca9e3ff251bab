package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.PayloadType;

/** PATH (0x08): a returned path with an optional extra (see {@link PathContent}), encrypted between two peers. */
public record PathPayload(int destHash, int srcHash, Bytes macAndCiphertext) implements PeerDatagram {

    public PathPayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        PeerDatagram.validate(destHash, srcHash, macAndCiphertext);
    }

    @Override
    public int typeCode() {
        return PayloadType.PATH.code();
    }
}
