package org.meshbridge.protocol.crypto;

import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The public side of a MeshCore node (firmware {@code mesh::Identity}): a 32-byte Ed25519 public
 * key. Its first byte is the node hash used in payloads and paths.
 *
 * <p>Any 32 bytes are accepted, since keys come off the air: a key that is not a curve point
 * simply never verifies. Value equality on the key bytes. Thread-safe.
 */
public final class Identity {

    static {
        Ed25519.precompute();
    }

    /** Marks a key that does not decode to a curve point. */
    private static final Object NOT_A_POINT = new Object();

    private final Bytes publicKey;
    /** The decoded point (an {@link Ed25519.PublicPoint}) or {@link #NOT_A_POINT}, once computed. */
    private volatile Object decoded;

    private Identity(Bytes publicKey) {
        this.publicKey = publicKey;
    }

    /**
     * @throws IllegalArgumentException unless {@code publicKey} is 32 bytes
     */
    public static Identity of(Bytes publicKey) {
        if (publicKey.size() != CryptoConstants.PUB_KEY_SIZE) {
            throw new IllegalArgumentException("a public key is 32 bytes, was " + publicKey.size());
        }
        return new Identity(publicKey);
    }

    /**
     * @throws IllegalArgumentException unless {@code hex} is 64 hex digits
     */
    public static Identity fromHex(String hex) {
        return of(Bytes.fromHex(hex));
    }

    public Bytes publicKey() {
        return publicKey;
    }

    /** The 1-byte node hash ({@code PATH_HASH_SIZE}) as 0..255: the first key byte. */
    public int hash() {
        return publicKey.get(0);
    }

    /**
     * The first {@code length} key bytes, as used for multi-byte path hashes and companion
     * prefixes ({@code Identity::copyHashTo}).
     *
     * @throws IllegalArgumentException unless 1 ≤ length ≤ 32
     */
    public Bytes hashPrefix(int length) {
        if (length < 1 || length > CryptoConstants.PUB_KEY_SIZE) {
            throw new IllegalArgumentException("hash prefix length must be 1..32, was " + length);
        }
        return publicKey.prefix(length);
    }

    /** Whether {@code prefix} (1..32 bytes) starts this key ({@code Identity::isHashMatch}). */
    public boolean isHashMatch(Bytes prefix) {
        return !prefix.isEmpty() && publicKey.startsWith(prefix);
    }

    /**
     * RFC 8032 Ed25519 verification of {@code signature} (64 bytes) over {@code message}. Any
     * input is answered with true or false: wrong sizes and keys that are not curve points give
     * false. The decoded key point is cached, so verifying again with one identity is cheaper.
     */
    public boolean verify(Bytes message, Bytes signature) {
        if (signature.size() != CryptoConstants.SIGNATURE_SIZE) {
            return false;
        }
        Optional<Ed25519.PublicPoint> point = point();
        if (point.isEmpty()) {
            return false;
        }
        byte[] m = message.toArray();
        return Ed25519.verify(signature.toArray(), 0, point.get(), m, 0, m.length);
    }

    /** Whether the key decodes to a point on the curve (else it can never verify). */
    public boolean isCurvePoint() {
        return point().isPresent();
    }

    private Optional<Ed25519.PublicPoint> point() {
        Object d = decoded;
        if (d == null) {
            Ed25519.PublicPoint p = Ed25519.validatePublicKeyPartialExport(publicKey.toArray(), 0);
            d = p == null ? NOT_A_POINT : p;
            decoded = d;
        }
        return d instanceof Ed25519.PublicPoint p ? Optional.of(p) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identity other && publicKey.equals(other.publicKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    /** The key in hex. */
    @Override
    public String toString() {
        return publicKey.hex();
    }
}
