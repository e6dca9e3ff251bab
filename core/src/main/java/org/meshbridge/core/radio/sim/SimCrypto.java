package org.meshbridge.core.radio.sim;

import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * Every sealing, opening, signing and verifying the simulated peers do, in one place, so it can move
 * to the protocol library's payload helpers when they land.
 */
final class SimCrypto {

    private SimCrypto() {
    }

    /** The ECDH secret of two peers ({@code LocalIdentity::calcSharedSecret}). */
    static Bytes peerSecret(LocalIdentity self, Identity peer) {
        return self.sharedSecret(peer);
    }

    /** {@code MAC(2) | AES-ECB(plaintext)} with a peer secret or a channel key. */
    static Bytes seal(Bytes secret, Bytes plaintext) {
        return PayloadCipher.encryptThenMac(secret, plaintext);
    }

    /** The zero-padded plaintext, or empty when the MAC does not verify. */
    static Optional<Bytes> open(Bytes secret, Bytes macAndCiphertext) {
        return PayloadCipher.macThenDecrypt(secret, macAndCiphertext);
    }

    static Bytes seal(ChannelKey channel, Bytes plaintext) {
        return seal(channel.secret(), plaintext);
    }

    static Optional<Bytes> open(ChannelKey channel, Bytes macAndCiphertext) {
        return open(channel.secret(), macAndCiphertext);
    }

    /** A signed advert ({@code Mesh::createAdvert}). */
    static AdvertPayload advert(LocalIdentity self, long timestamp, AdvertAppData appData) {
        Bytes data = appData.encode();
        Bytes signature = self.sign(AdvertPayload.signedMessage(self.publicKey(), timestamp, data));
        return new AdvertPayload(self.publicKey(), timestamp, signature, data);
    }

    /** Whether the advert's signature verifies over its first 32 bytes of app data ({@code Mesh::onRecvPacket}). */
    static boolean verify(AdvertPayload advert) {
        return Identity.of(advert.publicKey()).verify(advert.signedMessage(), advert.signature());
    }
}
