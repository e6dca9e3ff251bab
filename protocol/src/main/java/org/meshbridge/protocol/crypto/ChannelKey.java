package org.meshbridge.protocol.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A group channel secret (firmware {@code mesh::GroupChannel}, {@code BaseChatMesh::setChannel}).
 *
 * <p>Normally 16 bytes (AES-128), the only size the companion protocol carries
 * ({@code CMD_SET_CHANNEL} refuses 32). The firmware also accepts 32-byte secrets from base64 PSKs
 * ({@code addChannel}); its buffer is always 32 bytes and a secret whose upper 16 bytes are zero
 * <em>is</em> the 16-byte key. This record therefore holds 16 bytes in that case and 32 only when
 * the upper half is non-zero, so equal keys are equal records. {@link #secret()} is what
 * {@link PayloadCipher} takes (AES uses its first 16 bytes, HMAC the whole secret, which equals the
 * firmware's zero-padded 32-byte buffer).
 *
 * <p>{@link #toString()} shows only the channel hash, never the secret.
 */
public record ChannelKey(Bytes secret) {

    /** The pre-configured "Public" channel, {@code PUBLIC_GROUP_PSK} (hash 0x11). */
    public static final ChannelKey PUBLIC = fromBase64(CryptoConstants.PUBLIC_GROUP_PSK);

    /**
     * A 32-byte secret whose upper half is zero becomes the 16-byte key. All zeros is accepted:
     * the companion protocol uses it for an unused channel slot.
     *
     * @throws IllegalArgumentException unless 16 or 32 bytes
     */
    public ChannelKey {
        if (secret.size() != CryptoConstants.CHANNEL_SECRET_SIZE
                && secret.size() != CryptoConstants.CHANNEL_SECRET_MAX_SIZE) {
            throw new IllegalArgumentException("a channel secret is 16 or 32 bytes, was " + secret.size());
        }
        if (secret.size() == CryptoConstants.CHANNEL_SECRET_MAX_SIZE && isZero(secret.slice(16, 32))) {
            secret = secret.prefix(CryptoConstants.CHANNEL_SECRET_SIZE);
        }
    }

    /** Same as the constructor. */
    public static ChannelKey ofSecret(Bytes secret) {
        return new ChannelKey(secret);
    }

    /**
     * From 32 or 64 hex digits.
     *
     * @throws IllegalArgumentException on bad hex or size
     */
    public static ChannelKey ofSecret(String hex) {
        return new ChannelKey(Bytes.fromHex(hex));
    }

    /**
     * From a base64 PSK decoding to 16 or 32 bytes ({@code BaseChatMesh::addChannel}), e.g.
     * {@code izOH6cXN6mrJ5e26oRXNcg==}.
     *
     * @throws IllegalArgumentException on bad base64 or size
     */
    public static ChannelKey fromBase64(String base64) {
        return new ChannelKey(Bytes.of(Base64.getDecoder().decode(base64.trim())));
    }

    /**
     * A hashtag channel: the first 16 bytes of SHA-256 over the UTF-8 name with its leading '#'.
     * The name is normalised by {@link #hashtagName}, so {@code "Test"}, {@code "#TEST"} and
     * {@code "#test"} are one channel ({@code #test} → 9cd8fcf2…, hash 0xd9).
     *
     * @throws IllegalArgumentException on an empty name
     */
    public static ChannelKey hashtag(String name) {
        return new ChannelKey(sha256(Bytes.utf8(hashtagName(name))).prefix(CryptoConstants.CHANNEL_SECRET_SIZE));
    }

    /**
     * The canonical hashtag name the apps hash: trimmed, lower case (root locale), with one
     * leading '#' added when missing. The hashed bytes are case-sensitive, and apps only offer
     * lower-case names, so "#Test" means "#test".
     *
     * @throws IllegalArgumentException when nothing is left after the '#'
     */
    public static String hashtagName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        String canonical = n.startsWith("#") ? n : "#" + n;
        if (canonical.length() == 1) {
            throw new IllegalArgumentException("a hashtag channel needs a name");
        }
        return canonical;
    }

    /** The 1-byte channel hash: SHA-256 of the secret (16 or 32 bytes), first byte. */
    public int hash() {
        return sha256(secret).get(0);
    }

    /** Whether the companion protocol can carry this key (16 bytes). */
    public boolean isCompanionCompatible() {
        return secret.size() == CryptoConstants.CHANNEL_SECRET_SIZE;
    }

    /** The firmware's 32-byte {@code GroupChannel::secret} buffer: the secret, zero-padded. */
    public Bytes firmwareBuffer() {
        return secret.concat(Bytes.zeros(CryptoConstants.CHANNEL_SECRET_MAX_SIZE - secret.size()));
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(secret.toArray());
    }

    @Override
    public String toString() {
        return String.format("ChannelKey[hash=0x%02x]", hash());
    }

    static Bytes sha256(Bytes data) {
        try {
            return Bytes.of(MessageDigest.getInstance("SHA-256").digest(data.toArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable in this JVM", e);
        }
    }

    private static boolean isZero(Bytes b) {
        for (int i = 0; i < b.size(); i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
