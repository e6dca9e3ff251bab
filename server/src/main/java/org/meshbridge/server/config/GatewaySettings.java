package org.meshbridge.server.config;

import java.util.Objects;

/**
 * One entry of {@code radio.gateways}: a remote gateway the server accepts.
 *
 * @param id the gateway's id, as it gives it with {@code --id}: 1-32 of {@code A-Z a-z 0-9 . _ -}
 * @param tokenSha256 the SHA-256 of its token, 64 lowercase hex digits
 *     ({@code meshbridge gateway hash-token} prints it); the token itself is never in the config
 */
public record GatewaySettings(String id, String tokenSha256) {

    public GatewaySettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenSha256, "tokenSha256");
    }
}
