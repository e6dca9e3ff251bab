package org.meshbridge.protocol.payload;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * The four ECDH-encrypted datagrams between known peers (REQ, RESPONSE, TXT_MSG, PATH):
 * {@code dest_hash(1) | src_hash(1) | MAC(2) | ciphertext}. The hashes are the first byte of the
 * recipient's and the sender's public key; the key is their ECDH secret.
 */
public sealed interface PeerDatagram extends Payload permits RequestPayload, ResponsePayload, TextMessagePayload, PathPayload {

    /** The recipient's hash, its public key's first byte (0..255). */
    int destHash();

    /** The sender's hash, its public key's first byte (0..255). */
    int srcHash();

    /** The 2-byte MAC followed by the ciphertext, as {@code PayloadCipher} produces and opens it. */
    Bytes macAndCiphertext();

    default Bytes mac() {
        return macAndCiphertext().prefix(PayloadConstants.CIPHER_MAC_SIZE);
    }

    default Bytes ciphertext() {
        return macAndCiphertext().slice(PayloadConstants.CIPHER_MAC_SIZE, macAndCiphertext().size());
    }

    @Override
    default void write(ByteWriter w) {
        w.u8(destHash()).u8(srcHash()).bytes(macAndCiphertext());
    }

    /**
     * The record for {@code type} (REQ, RESPONSE, TXT_MSG or PATH).
     *
     * @throws IllegalArgumentException for any other type
     */
    static PeerDatagram of(PayloadType type, int destHash, int srcHash, Bytes macAndCiphertext) {
        return switch (type) {
            case REQ -> new RequestPayload(destHash, srcHash, macAndCiphertext);
            case RESPONSE -> new ResponsePayload(destHash, srcHash, macAndCiphertext);
            case TXT_MSG -> new TextMessagePayload(destHash, srcHash, macAndCiphertext);
            case PATH -> new PathPayload(destHash, srcHash, macAndCiphertext);
            default -> throw new IllegalArgumentException(type + " is not a peer datagram");
        };
    }

    /** Reads a peer datagram of {@code type}: at least 5 bytes ({@code Mesh::onRecvPacket}). */
    static PeerDatagram read(PayloadType type, ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, PayloadConstants.MIN_PEER_DATAGRAM, type);
        int dest = r.u8("dest_hash");
        int src = r.u8("src_hash");
        return of(type, dest, src, PayloadFields.macAndCiphertext(r));
    }

    /** Checks shared by the four records. */
    static void validate(int destHash, int srcHash, Bytes macAndCiphertext) {
        PayloadFields.requireU8(destHash, "dest_hash");
        PayloadFields.requireU8(srcHash, "src_hash");
        PayloadFields.requireMacAndCiphertext(macAndCiphertext);
        PayloadFields.requireAtMost(2 + macAndCiphertext.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "peer datagram");
    }
}
