package org.meshbridge.protocol.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The private side of a MeshCore node (firmware {@code mesh::LocalIdentity}): the 64-byte orlp
 * <em>expanded</em> key {@code prv = SHA-512(seed)} with {@code prv[0..32)} clamped (scalar
 * <i>a</i>) and {@code prv[32..64)} the nonce prefix, plus the public key <i>a</i>·B.
 *
 * <p>Two origins. {@link #generate} and {@link #fromSeed} keep the 32-byte seed and sign with
 * BouncyCastle's constant-time RFC 8032 code, which is bit-identical to the firmware's signatures.
 * {@link #fromExpandedKey} takes the key devices export ({@code CMD_EXPORT_PRIVATE_KEY},
 * {@code get prv.key}); its seed is unknown, so it signs by the formula of {@code ed25519_sign}
 * with our own, slower and not constant-time, curve arithmetic. Servers should create their own
 * identities from a seed.
 *
 * <p>Like the firmware's {@code validatePrivateKey}, every factory refuses keys whose public key
 * starts with 0x00 or 0xFF (reserved hashes), and imports refuse scalars that are not clamped (no
 * device produces them; the firmware's check rejects them through its ECDH self-test).
 *
 * <p>Storage: {@link #writeTo()} is the firmware's 96-byte {@code prv ‖ pub}; for the server's key
 * file see {@link IdentityFile}. {@link #toString()} never shows private material.
 */
public final class LocalIdentity {

    private final Bytes expandedKey;
    private final Bytes seed;
    private final Identity identity;

    private LocalIdentity(Bytes expandedKey, Bytes seed, Identity identity) {
        this.expandedKey = expandedKey;
        this.seed = seed;
        this.identity = identity;
    }

    /** A fresh identity from 32 random bytes, drawn again while the public key has a reserved hash. */
    public static LocalIdentity generate(SecureRandom random) {
        while (true) {
            byte[] s = new byte[CryptoConstants.SEED_SIZE];
            random.nextBytes(s);
            Optional<LocalIdentity> id = seeded(Bytes.of(s));
            if (id.isPresent()) {
                return id.get();
            }
        }
    }

    /**
     * The identity of a 32-byte seed (orlp {@code ed25519_create_keypair}, RFC 8032 key generation).
     *
     * @throws IllegalArgumentException unless 32 bytes, or if the public key has a reserved hash
     */
    public static LocalIdentity fromSeed(Bytes seed) {
        if (seed.size() != CryptoConstants.SEED_SIZE) {
            throw new IllegalArgumentException("a seed is 32 bytes, was " + seed.size());
        }
        return seeded(seed).orElseThrow(() -> new IllegalArgumentException(
                "seed gives a public key starting 0x00 or 0xFF, which MeshCore reserves"));
    }

    /**
     * Imports a 64-byte expanded private key; the public key is re-derived as <i>a</i>·B
     * ({@code ed25519_derive_pub}).
     *
     * @throws IllegalArgumentException unless 64 bytes with a clamped scalar, or if the public key
     *         has a reserved hash (firmware {@code validatePrivateKey})
     */
    public static LocalIdentity fromExpandedKey(Bytes expandedKey) {
        if (expandedKey.size() != CryptoConstants.PRV_KEY_SIZE) {
            throw new IllegalArgumentException("an expanded private key is 64 bytes, was " + expandedKey.size());
        }
        if ((expandedKey.get(0) & 0x07) != 0 || (expandedKey.get(31) & 0xC0) != 0x40) {
            throw new IllegalArgumentException(
                    "not a MeshCore private key: the scalar (first 32 bytes) is not clamped");
        }
        Bytes pub = Bytes.of(Edwards25519.scalarMultBase(expandedKey.prefix(32).toArray()));
        if (isReserved(pub)) {
            throw new IllegalArgumentException(
                    "private key gives public key " + pub.hex() + "; MeshCore reserves hashes 0x00 and 0xFF");
        }
        return new LocalIdentity(expandedKey, null, Identity.of(pub));
    }

    /**
     * Imports the firmware's {@code LocalIdentity::writeTo(buf, len)} form: {@code prv(64)} or
     * {@code prv(64) ‖ pub(32)}. A public key that is present must match the one derived.
     *
     * @throws IllegalArgumentException as {@link #fromExpandedKey}, on another size or a mismatch
     */
    public static LocalIdentity fromExport(Bytes export) {
        int prv = CryptoConstants.PRV_KEY_SIZE;
        if (export.size() != prv && export.size() != prv + CryptoConstants.PUB_KEY_SIZE) {
            throw new IllegalArgumentException("an exported identity is 64 or 96 bytes, was " + export.size());
        }
        LocalIdentity id = fromExpandedKey(export.prefix(prv));
        if (export.size() > prv && !export.slice(prv, export.size()).equals(id.publicKey())) {
            throw new IllegalArgumentException("the public key does not belong to the private key");
        }
        return id;
    }

    public Identity identity() {
        return identity;
    }

    public Bytes publicKey() {
        return identity.publicKey();
    }

    /** The 64-byte orlp expanded key, as devices export it. */
    public Bytes expandedKey() {
        return expandedKey;
    }

    /** The 32-byte seed, present only for identities made by {@link #generate} or {@link #fromSeed}. */
    public Optional<Bytes> seed() {
        return Optional.ofNullable(seed);
    }

    /** {@code prv(64) ‖ pub(32)}, as firmware {@code LocalIdentity::writeTo(buf, 96)}. */
    public Bytes writeTo() {
        return expandedKey.concat(identity.publicKey());
    }

    /** The 64-byte Ed25519 signature {@code R ‖ S} of {@code message} ({@code LocalIdentity::sign}). */
    public Bytes sign(Bytes message) {
        byte[] m = message.toArray();
        byte[] sig = new byte[CryptoConstants.SIGNATURE_SIZE];
        if (seed != null) {
            Ed25519.sign(seed.toArray(), 0, identity.publicKey().toArray(), 0, m, 0, m.length, sig, 0);
            return Bytes.of(sig);
        }
        BigInteger r = Edwards25519.reduceModL(sha512(expandedKey.slice(32, 64).toArray(), m));
        byte[] encodedR = Edwards25519.scalarMultBase(Edwards25519.toLittleEndian(r, 32));
        BigInteger k = Edwards25519.reduceModL(sha512(encodedR, identity.publicKey().toArray(), m));
        BigInteger a = Edwards25519.fromLittleEndian(expandedKey.prefix(32).toArray());
        BigInteger s = r.add(k.multiply(a)).mod(Edwards25519.L);
        return new ByteWriter(CryptoConstants.SIGNATURE_SIZE)
                .bytes(encodedR).bytes(Edwards25519.toLittleEndian(s, 32)).toBytes();
    }

    /**
     * The ECDH secret shared with {@code peer}, exactly as firmware {@code ed25519_key_exchange}:
     * X25519 of the clamped scalar {@code prv[0..32)} and the Montgomery form u = (1+y)/(1−y) of the
     * peer's Edwards key. Raw 32 bytes, not hashed; both sides get the same value.
     *
     * <p>Never throws. Like the firmware it does not check the peer key: a key that is not a point,
     * or a point of small order (e.g. y = 1, y = 0), yields a weak or all-zero secret. Such keys
     * have no private owner, so the only effect is that anyone can talk as that "identity"; callers
     * that care can refuse a secret equal to 32 zero bytes.
     */
    public Bytes sharedSecret(Identity peer) {
        byte[] u = Edwards25519.montgomeryU(peer.publicKey().toArray());
        byte[] out = new byte[CryptoConstants.SHARED_SECRET_SIZE];
        X25519.scalarMult(expandedKey.toArray(), 0, u, 0, out, 0);
        return Bytes.of(out);
    }

    /** Shows only the public key. */
    @Override
    public String toString() {
        return "LocalIdentity[" + identity + (seed != null ? ", seeded]" : "]");
    }

    private static Optional<LocalIdentity> seeded(Bytes seed) {
        byte[] pub = new byte[CryptoConstants.PUB_KEY_SIZE];
        Ed25519.generatePublicKey(seed.toArray(), 0, pub, 0);
        Bytes publicKey = Bytes.of(pub);
        if (isReserved(publicKey)) {
            return Optional.empty();
        }
        byte[] prv = sha512(seed.toArray());
        prv[0] &= (byte) 248;
        prv[31] &= 63;
        prv[31] |= 64;
        return Optional.of(new LocalIdentity(Bytes.of(prv), seed, Identity.of(publicKey)));
    }

    private static boolean isReserved(Bytes publicKey) {
        int h = publicKey.get(0);
        return h == CryptoConstants.RESERVED_HASH_LOW || h == CryptoConstants.RESERVED_HASH_HIGH;
    }

    private static byte[] sha512(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 unavailable in this JVM", e);
        }
    }
}
