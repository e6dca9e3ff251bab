package org.meshbridge.protocol.crypto;

/** Sizes and reserved values of MeshCore identities and keys (firmware v1.17.1). */
final class CryptoConstants {

    /** {@code PUB_KEY_SIZE}, firmware {@code src/MeshCore.h}. */
    static final int PUB_KEY_SIZE = 32;
    /** {@code PRV_KEY_SIZE} (orlp expanded key: clamped scalar ‖ nonce prefix), {@code src/MeshCore.h}. */
    static final int PRV_KEY_SIZE = 64;
    /** {@code SEED_SIZE}, firmware {@code src/MeshCore.h}. */
    static final int SEED_SIZE = 32;
    /** {@code SIGNATURE_SIZE}, firmware {@code src/MeshCore.h}. */
    static final int SIGNATURE_SIZE = 64;
    /** Size of an ECDH shared secret ({@code ed25519_key_exchange} output), {@code lib/ed25519/key_exchange.c}. */
    static final int SHARED_SECRET_SIZE = 32;
    /** {@code CIPHER_KEY_SIZE}: a 128-bit channel secret, {@code src/MeshCore.h}. */
    static final int CHANNEL_SECRET_SIZE = 16;
    /** {@code GroupChannel::secret} buffer size ({@code PUB_KEY_SIZE}), {@code src/Mesh.h}. */
    static final int CHANNEL_SECRET_MAX_SIZE = 32;
    /** {@code TransportKey::key} size, {@code src/helpers/TransportKeyStore.h}. */
    static final int TRANSPORT_KEY_SIZE = 16;
    /** Public-key first byte reserved by {@code LocalIdentity::validatePrivateKey} (0x00). */
    static final int RESERVED_HASH_LOW = 0x00;
    /** Public-key first byte reserved by {@code LocalIdentity::validatePrivateKey} (0xFF). */
    static final int RESERVED_HASH_HIGH = 0xFF;
    /** {@code PUBLIC_GROUP_PSK}, {@code examples/companion_radio/MyMesh.cpp}. */
    static final String PUBLIC_GROUP_PSK = "izOH6cXN6mrJ5e26oRXNcg==";
    /** Highest payload type (4 bits of the header), {@code Packet::getPayloadType}, {@code src/Packet.h}. */
    static final int MAX_PAYLOAD_TYPE = 0x0F;

    private CryptoConstants() {
    }
}
