package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
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

    /**
     * An ANON_REQ from {@code sender} to {@code receiver}; same as
     * {@code PeerLink.between(sender, receiver).sealAnonymous(content)}.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#ANON_SEND_BYTES}
     */
    public static AnonRequestPayload seal(LocalIdentity sender, Identity receiver, AnonRequestContent content) {
        return PeerLink.between(sender, receiver).sealAnonymous(content);
    }

    /** The sender, whose public key travels in the clear. */
    public Identity sender() {
        return Identity.of(senderPublicKey);
    }

    /**
     * The plaintext, zero padding included, when this is addressed to {@code receiver} and the
     * MAC verifies with the ECDH secret of the receiver and the sender; else empty.
     */
    public Optional<Bytes> decrypt(LocalIdentity receiver) {
        if (destHash != receiver.identity().hash()) {
            return Optional.empty();
        }
        return PayloadCipher.macThenDecrypt(receiver.sharedSecret(sender()), macAndCiphertext);
    }

    /**
     * Opens the request as a room server reads it (a {@link RoomLogin}).
     *
     * @throws MalformedFrameException when the MAC verifies but the plaintext is not a room login
     */
    public Optional<RoomLogin> openRoomLogin(LocalIdentity receiver) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(receiver);
        return plaintext.isPresent() ? Optional.of(AnonRequestContent.readRoomLogin(plaintext.get())) : Optional.empty();
    }

    /**
     * Opens the request as a repeater or sensor reads it (a login or a sub-request).
     *
     * @throws MalformedFrameException when the MAC verifies but the plaintext is neither
     */
    public Optional<AnonRequestContent> openForRepeater(LocalIdentity receiver) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(receiver);
        return plaintext.isPresent() ? Optional.of(AnonRequestContent.readForRepeater(plaintext.get())) : Optional.empty();
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
