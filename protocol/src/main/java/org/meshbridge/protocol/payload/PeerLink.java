package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * Sealing and opening the ECDH-encrypted datagrams between this node and one peer: TXT_MSG, REQ,
 * RESPONSE and PATH ({@code Mesh::createDatagram}, {@code createPathReturn}, {@code onRecvPacket}),
 * and ANON_REQ from this node to the peer ({@code createAnonDatagram}).
 *
 * <p>The shared secret is computed once, in {@link #between}, so keep one link per contact as the
 * firmware caches {@code ContactInfo::getSharedSecret}. Hashes come from the keys: a sealed
 * datagram has the peer's hash as {@code dest_hash} and ours as {@code src_hash}; {@code open}
 * expects the reverse.
 *
 * <p>{@code open} returns empty when the datagram is not from the peer to us (other hashes) or
 * its MAC fails: with 1-byte hashes that is a normal outcome, never an exception. Only a datagram
 * whose MAC verifies but whose plaintext does not parse throws {@link MalformedFrameException}.
 * Opened contents keep what the firmware keeps: binary bodies (REQ, RESPONSE, PATH extras)
 * include the zero padding of the last cipher block.
 */
public final class PeerLink {

    private final LocalIdentity self;
    private final Identity peer;
    private final Bytes sharedSecret;

    private PeerLink(LocalIdentity self, Identity peer) {
        this.self = Objects.requireNonNull(self, "self");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.sharedSecret = self.sharedSecret(peer);
    }

    /** The link from {@code self} to {@code peer}, with their ECDH secret ({@link LocalIdentity#sharedSecret}). */
    public static PeerLink between(LocalIdentity self, Identity peer) {
        return new PeerLink(self, peer);
    }

    public LocalIdentity self() {
        return self;
    }

    public Identity peer() {
        return peer;
    }

    /** The raw 32-byte ECDH secret both sides compute. */
    public Bytes sharedSecret() {
        return sharedSecret;
    }

    /**
     * A TXT_MSG to the peer.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#PEER_SEND_BYTES}
     */
    public TextMessagePayload seal(TextMessageContent content) {
        return (TextMessagePayload) seal(PayloadType.TXT_MSG, content.encode(), PlaintextLimits.PEER_SEND_BYTES);
    }

    /**
     * A REQ to the peer.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#PEER_SEND_BYTES}
     */
    public RequestPayload seal(RequestContent content) {
        return (RequestPayload) seal(PayloadType.REQ, content.encode(), PlaintextLimits.PEER_SEND_BYTES);
    }

    /**
     * A RESPONSE to the peer.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#PEER_SEND_BYTES}
     */
    public ResponsePayload seal(ResponseContent content) {
        return (ResponsePayload) seal(PayloadType.RESPONSE, content.encode(), PlaintextLimits.PEER_SEND_BYTES);
    }

    /**
     * A PATH return to the peer.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#PATH_SEND_BYTES}
     */
    public PathPayload seal(PathContent content) {
        return (PathPayload) seal(PayloadType.PATH, content.encode(), PlaintextLimits.PATH_SEND_BYTES);
    }

    /**
     * An ANON_REQ to the peer carrying our public key, so the peer need not know us yet (logins,
     * anonymous repeater requests).
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#ANON_SEND_BYTES}
     */
    public AnonRequestPayload sealAnonymous(AnonRequestContent content) {
        Bytes sealed = Sealing.encrypt(sharedSecret, content.encode(), PlaintextLimits.ANON_SEND_BYTES, "ANON_REQ");
        return new AnonRequestPayload(peer.hash(), self.publicKey(), sealed);
    }

    public Optional<TextMessageContent> open(TextMessagePayload payload) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(payload);
        return plaintext.isPresent() ? Optional.of(TextMessageContent.decode(plaintext.get())) : Optional.empty();
    }

    public Optional<RequestContent> open(RequestPayload payload) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(payload);
        return plaintext.isPresent() ? Optional.of(RequestContent.decode(plaintext.get())) : Optional.empty();
    }

    public Optional<ResponseContent> open(ResponsePayload payload) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(payload);
        return plaintext.isPresent() ? Optional.of(ResponseContent.decode(plaintext.get())) : Optional.empty();
    }

    public Optional<PathContent> open(PathPayload payload) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(payload);
        return plaintext.isPresent() ? Optional.of(PathContent.decode(plaintext.get())) : Optional.empty();
    }

    /**
     * The plaintext, zero padding included, of any peer datagram from the peer to us; empty when
     * the hashes are not (peer → us) or the MAC fails.
     */
    public Optional<Bytes> decrypt(PeerDatagram payload) {
        if (payload.destHash() != self.identity().hash() || payload.srcHash() != peer.hash()) {
            return Optional.empty();
        }
        return PayloadCipher.macThenDecrypt(sharedSecret, payload.macAndCiphertext());
    }

    /** Shows the two public keys only. */
    @Override
    public String toString() {
        return "PeerLink[" + self.identity() + " -> " + peer + "]";
    }

    private PeerDatagram seal(PayloadType type, Bytes plaintext, int sendLimit) {
        Bytes sealed = Sealing.encrypt(sharedSecret, plaintext, sendLimit, type.name());
        return PeerDatagram.of(type, peer.hash(), self.identity().hash(), sealed);
    }
}
