package org.meshbridge.core.node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.PeerDatagram;

/**
 * The node's few sealing and opening steps in one place (ECDH secrets, encrypt-then-MAC, advert
 * signatures), so they can move onto the protocol library's helpers when those land. Keeps a
 * bounded LRU cache of ECDH secrets, as the firmware caches them per contact.
 */
final class Sealing {

    private static final int SECRET_CACHE_SIZE = 1024;

    private final Map<Bytes, Bytes> secrets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, Bytes> eldest) {
            return size() > SECRET_CACHE_SIZE;
        }
    };

    /** The ECDH secret of {@code local} and {@code peer} ({@code LocalIdentity::calcSharedSecret}), cached. */
    Bytes secret(LocalIdentity local, Identity peer) {
        Bytes key = local.publicKey().concat(peer.publicKey());
        return secrets.computeIfAbsent(key, k -> local.sharedSecret(peer));
    }

    /** A REQ, RESPONSE, TXT_MSG or PATH payload from {@code from} to {@code to} ({@code Mesh::createDatagram}). */
    Bytes peerDatagram(PayloadType type, LocalIdentity from, Identity to, Bytes plaintext) {
        Bytes sealed = PayloadCipher.encryptThenMac(secret(from, to), plaintext);
        return PeerDatagram.of(type, to.hash(), from.identity().hash(), sealed).encode();
    }

    /** An ANON_REQ payload carrying {@code from}'s key ({@code Mesh::createAnonDatagram}). */
    Bytes anonRequest(LocalIdentity from, Identity to, Bytes plaintext) {
        Bytes sealed = PayloadCipher.encryptThenMac(secret(from, to), plaintext);
        return new AnonRequestPayload(to.hash(), from.publicKey(), sealed).encode();
    }

    /** A GRP_TXT or GRP_DATA payload ({@code Mesh::createGroupDatagram}). */
    static Bytes groupDatagram(PayloadType type, ChannelKey channel, Bytes plaintext) {
        Bytes sealed = PayloadCipher.encryptThenMac(channel.firmwareBuffer(), plaintext);
        return GroupDatagram.of(type, channel.hash(), sealed).encode();
    }

    /** Checks the MAC and decrypts; empty on a wrong key. */
    static Optional<Bytes> open(Bytes secret, Bytes macAndCiphertext) {
        return PayloadCipher.macThenDecrypt(secret, macAndCiphertext);
    }

    /** Opens a channel datagram with {@code channel}. */
    static Optional<Bytes> open(ChannelKey channel, Bytes macAndCiphertext) {
        return PayloadCipher.macThenDecrypt(channel.firmwareBuffer(), macAndCiphertext);
    }

    /** A signed advert ({@code Mesh::createAdvert}). */
    static AdvertPayload advert(LocalIdentity id, long timestamp, AdvertAppData appData) {
        Bytes data = appData.encode();
        Bytes signature = id.sign(AdvertPayload.signedMessage(id.publicKey(), timestamp, data));
        return new AdvertPayload(id.publicKey(), timestamp, signature, data);
    }

    /** Verifies an advert's signature over its (cut to 32 bytes) app data. */
    static boolean verify(AdvertPayload advert) {
        return Identity.of(advert.publicKey()).verify(advert.signedMessage(), advert.signature());
    }
}
