package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * ANON_REQ (0x07): {@code dest_hash(1) | sender_pub_key(32) | MAC(2) | ciphertext}, encrypted
 * with the ECDH secret of the sender's key and the destination, so the receiver need not know
 * the sender yet (logins, anonymous repeater requests; see {@link AnonRequestContent}).
 */
public record AnonRequestPayload(int destHash, Bytes senderPublicKey, Bytes macAndCiphertext) implements Payload {

    public AnonRequestPayload {
        Objects.requireNonNull(senderPublicKey, "senderPublicKey");
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        PayloadFields.requireU8(destHash, "dest_hash");
        PayloadFields.requireSize(senderPublicKey, PayloadConstants.PUB_KEY_SIZE, "sender public key");
        PayloadFields.requireMacAndCiphertext(macAndCiphertext);
        PayloadFields.requireAtMost(1 + PayloadConstants.PUB_KEY_SIZE + macAndCiphertext.size(),
                PayloadConstants.MAX_PACKET_PAYLOAD, "ANON_REQ payload");
    }

    /** Reads an ANON_REQ: at least 36 bytes ({@code Mesh::onRecvPacket}). */
    public static AnonRequestPayload read(ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, PayloadConstants.MIN_ANON_REQ, "ANON_REQ payload");
        int dest = r.u8("dest_hash");
        Bytes key = r.bytes(PayloadConstants.PUB_KEY_SIZE, "sender_pub_key");
        return new AnonRequestPayload(dest, key, PayloadFields.macAndCiphertext(r));
    }

    public Bytes mac() {
        return macAndCiphertext.prefix(PayloadConstants.CIPHER_MAC_SIZE);
    }

    public Bytes ciphertext() {
        return macAndCiphertext.slice(PayloadConstants.CIPHER_MAC_SIZE, macAndCiphertext.size());
    }

    @Override
    public int typeCode() {
        return PayloadType.ANON_REQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(destHash).bytes(senderPublicKey).bytes(macAndCiphertext);
    }
}
