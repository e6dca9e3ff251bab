package org.meshbridge.server.store;

import java.util.Objects;

/**
 * One row of the {@code account_session} table: a bearer token's SHA-256 (never the token), the
 * account it signs in, and when it was issued and expires (epoch ms).
 */
public record SessionRow(String tokenHash, String account, long createdAtMs, long expiresAtMs) {

    public SessionRow {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(account, "account");
    }
}
