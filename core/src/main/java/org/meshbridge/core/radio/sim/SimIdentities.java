package org.meshbridge.core.radio.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;

/** Reproducible identities for simulated nodes: the same label and seed always give the same keys. */
public final class SimIdentities {

    private SimIdentities() {
    }

    /**
     * The identity whose 32-byte Ed25519 seed is SHA-256 of {@code seed}, {@code label} and a
     * counter, the first counter that avoids the reserved hashes 0x00 and 0xFF.
     */
    public static LocalIdentity derive(String label, long seed) {
        Objects.requireNonNull(label, "label");
        for (int counter = 0; ; counter++) {
            Bytes candidate = sha256(ByteBuffer.allocate(12).putLong(seed).putInt(counter).array(),
                    label.getBytes(StandardCharsets.UTF_8));
            if (usable(candidate)) {
                return LocalIdentity.fromSeed(candidate);
            }
        }
    }

    /** False when the seed's public key starts 0x00 or 0xFF, which {@code fromSeed} refuses. */
    private static boolean usable(Bytes seed) {
        try {
            LocalIdentity.fromSeed(seed);
            return true;
        } catch (IllegalArgumentException reserved) {
            return false;
        }
    }

    private static Bytes sha256(byte[] a, byte[] b) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(a);
            sha.update(b);
            return Bytes.of(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
