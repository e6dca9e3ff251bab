package org.meshbridge.server.web;

import java.util.Optional;

/** Reads {@code Authorization: Bearer <token>} (the scheme case-insensitive, as RFC 6750 says). */
public final class BearerTokens {

    private static final String SCHEME = "bearer ";
    /** Longer headers are not looked at. */
    private static final int MAX_HEADER = 512;

    private BearerTokens() {
    }

    /** The token in an {@code Authorization} header value, if it is a non-empty Bearer token. */
    public static Optional<String> fromHeader(String authorization) {
        if (authorization == null || authorization.length() > MAX_HEADER
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
