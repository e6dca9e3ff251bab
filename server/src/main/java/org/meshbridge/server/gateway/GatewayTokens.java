package org.meshbridge.server.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meshbridge.protocol.bytes.Hex;

/**
 * The gateways a server accepts and their tokens, kept only as SHA-256 hashes. Tokens are long
 * random secrets the operator generates (e.g. {@code openssl rand -hex 32}), not passwords, so a
 * plain hash is enough; there is no default token. {@link #verify} compares in constant time and
 * takes as long for an unknown id as for a wrong token.
 */
public final class GatewayTokens {

    /** SHA-256 digest length. */
    private static final int HASH_BYTES = 32;
    /** Compared against when the id is unknown, so the timing does not tell ids apart. */
    private static final byte[] NO_HASH = new byte[HASH_BYTES];

    private final Map<String, byte[]> hashesById;

    private GatewayTokens(Map<String, byte[]> hashesById) {
        this.hashesById = hashesById;
    }

    /**
     * Gateways and their tokens as configured.
     *
     * @throws IllegalArgumentException naming the gateway whose id or token is unusable: an id is
     *     1-32 of {@code A-Z a-z 0-9 . _ -}; a token is 16 to 256 printable ASCII characters
     */
    public static GatewayTokens of(Map<String, String> tokensById) {
        Map<String, byte[]> hashes = new LinkedHashMap<>();
        tokensById.forEach((id, token) -> {
            GatewayIds.require(id);
            if (!GatewayIds.isValidToken(token)) {
                throw new IllegalArgumentException("token of gateway '" + id + "' must be "
                        + GatewayIds.MIN_TOKEN_CHARS + " to " + GatewayIds.MAX_TOKEN_CHARS
                        + " printable ASCII characters without spaces (e.g. openssl rand -hex 32)");
            }
            hashes.put(id, sha256(token));
        });
        return new GatewayTokens(Map.copyOf(hashes));
    }

    /**
     * Gateways and the SHA-256 of their tokens, as {@link #hash} prints them (64 lowercase hex digits).
     *
     * @throws IllegalArgumentException naming the gateway whose id or hash is unusable
     */
    public static GatewayTokens ofHashes(Map<String, String> sha256HexById) {
        Map<String, byte[]> hashes = new LinkedHashMap<>();
        sha256HexById.forEach((id, hex) -> {
            GatewayIds.require(id);
            if (hex == null || !hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("token hash of gateway '" + id
                        + "' must be 64 lowercase hex digits (SHA-256)");
            }
            hashes.put(id, Hex.decode(hex));
        });
        return new GatewayTokens(Map.copyOf(hashes));
    }

    /** The SHA-256 of {@code token} in lowercase hex, for a config that stores hashes only. */
    public static String hash(String token) {
        return Hex.encode(sha256(Objects.requireNonNull(token, "token")));
    }

    /** True if {@code gatewayId} is configured and {@code token} is its token. Constant time in the token. */
    public boolean verify(String gatewayId, String token) {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(token, "token");
        byte[] expected = hashesById.get(gatewayId);
        boolean known = expected != null;
        boolean matches = MessageDigest.isEqual(known ? expected : NO_HASH, sha256(token));
        return known & matches;
    }

    /** The configured gateway ids. */
    public Set<String> gatewayIds() {
        return hashesById.keySet();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "GatewayTokens" + hashesById.keySet();
    }
}
