package org.meshbridge.protocol.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * MeshCore's encrypt-then-MAC (firmware {@code Utils::encryptThenMAC} / {@code MACThenDecrypt}):
 * AES-128-ECB keyed with the first 16 bytes of the secret over the zero-padded plaintext, then
 * the first 2 bytes of HMAC-SHA256 over the ciphertext, keyed with the whole secret. Wire form:
 * {@code mac(2) || ciphertext(16·n)}.
 *
 * <p>The secret is either a 32-byte ECDH shared secret or a 16-byte channel key (HMAC pads keys
 * with zeros, so a 16-byte key equals the firmware's key‖0¹⁶ buffer).
 */
public final class PayloadCipher {

    /** {@code CIPHER_MAC_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    public static final int MAC_SIZE = 2;
    /** {@code CIPHER_BLOCK_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    public static final int BLOCK_SIZE = 16;
    /** {@code CIPHER_KEY_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    public static final int KEY_SIZE = 16;

    /*
     * Provider look-ups cost more than the AES and SHA-256 work on these short messages, so each
     * thread keeps one Cipher and one Mac and only re-keys them (JMH: docs/performance.md).
     */
    private static final ThreadLocal<Cipher> AES = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/ECB/NoPadding")));
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

    private PayloadCipher() {
    }

    /** The ciphertext length for a plaintext of {@code plaintextLength} bytes. */
    public static int ciphertextLength(int plaintextLength) {
        return (plaintextLength + BLOCK_SIZE - 1) / BLOCK_SIZE * BLOCK_SIZE;
    }

    /** {@code mac(2) || AES-ECB(zero-padded plaintext)}. */
    public static Bytes encryptThenMac(Bytes secret, Bytes plaintext) {
        checkSecret(secret);
        byte[] padded = Arrays.copyOf(plaintext.toArray(), ciphertextLength(plaintext.size()));
        try {
            Cipher aes = AES.get();
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret.prefix(KEY_SIZE).toArray(), "AES"));
            byte[] ciphertext = aes.doFinal(padded);
            byte[] mac = hmac(secret, ciphertext, 0, ciphertext.length);
            return new ByteWriter(MAC_SIZE + ciphertext.length).bytes(mac, 0, MAC_SIZE).bytes(ciphertext).toBytes();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/HMAC unavailable in this JVM", e);
        }
    }

    /**
     * Checks the MAC and decrypts. A wrong key or damaged bytes are a normal outcome (1-byte hashes
     * collide), so the result is empty then, never an exception. The plaintext keeps its zero
     * padding, as in the firmware.
     */
    public static Optional<Bytes> macThenDecrypt(Bytes secret, Bytes macAndCiphertext) {
        checkSecret(secret);
        int ctLen = macAndCiphertext.size() - MAC_SIZE;
        if (ctLen <= 0 || ctLen % BLOCK_SIZE != 0) {
            return Optional.empty();
        }
        byte[] all = macAndCiphertext.toArray();
        try {
            byte[] mac = hmac(secret, all, MAC_SIZE, ctLen);
            if (!MessageDigest.isEqual(Arrays.copyOf(mac, MAC_SIZE), Arrays.copyOf(all, MAC_SIZE))) {
                return Optional.empty();
            }
            Cipher aes = AES.get();
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret.prefix(KEY_SIZE).toArray(), "AES"));
            return Optional.of(Bytes.of(aes.doFinal(all, MAC_SIZE, ctLen)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/HMAC unavailable in this JVM", e);
        }
    }

    private static byte[] hmac(Bytes secret, byte[] data, int offset, int length) throws GeneralSecurityException {
        Mac mac = hmacSha256(secret.toArray());
        mac.update(data, offset, length);
        return mac.doFinal();
    }

    private static void checkSecret(Bytes secret) {
        if (secret.size() != 16 && secret.size() != 32) {
            throw new IllegalArgumentException("secret must be 16 or 32 bytes, was " + secret.size());
        }
    }

    /** One HMAC-SHA256 instance per thread, re-keyed per use; shared with {@link RegionKey}. */
    static Mac hmacSha256(byte[] key) throws GeneralSecurityException {
        Mac mac = HMAC.get();
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac;
    }

    private interface CryptoFactory<T> {
        T create() throws GeneralSecurityException;
    }

    private static <T> T instance(CryptoFactory<T> factory) {
        try {
            return factory.create();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/HMAC unavailable in this JVM", e);
        }
    }
}
