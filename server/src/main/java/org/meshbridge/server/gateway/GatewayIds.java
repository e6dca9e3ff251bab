package org.meshbridge.server.gateway;

import java.util.Objects;
import java.util.regex.Pattern;

/** What a gateway id and a token may look like (both travel in {@code hello}). */
final class GatewayIds {

    /** 1 to 32 characters: ASCII letters, digits, dot, underscore, hyphen. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    /** Shortest token the server accepts in its configuration: 16 characters. */
    static final int MIN_TOKEN_CHARS = 16;
    /** Longest token: 256 characters. */
    static final int MAX_TOKEN_CHARS = 256;

    private GatewayIds() {
    }

    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String id) {
        Objects.requireNonNull(id, "gatewayId");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("gateway id must be 1-32 of A-Z a-z 0-9 . _ -: '" + id + "'");
        }
        return id;
    }

    /** Printable ASCII without spaces, {@link #MIN_TOKEN_CHARS} to {@link #MAX_TOKEN_CHARS} long. */
    static boolean isValidToken(String token) {
        return token != null && token.length() >= MIN_TOKEN_CHARS && token.length() <= MAX_TOKEN_CHARS
                && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
