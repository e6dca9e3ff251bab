package org.meshbridge.protocol.crypto;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The app's "add channel" link / QR code ({@code docs/qr_codes.md}):
 * {@code meshcore://channel/add?name=<urlenc>&secret=<32 hex>[&region_scope=<urlenc>]}.
 * Only 16-byte secrets have a link form.
 */
public record ChannelLink(String name, ChannelKey key, Optional<String> regionScope) {

    private static final String PREFIX = "meshcore://channel/add?";
    private static final int SECRET_HEX_DIGITS = 2 * CryptoConstants.CHANNEL_SECRET_SIZE;

    /**
     * @throws IllegalArgumentException when the key is not 16 bytes
     */
    public ChannelLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionScope, "regionScope");
        if (!key.isCompanionCompatible()) {
            throw new IllegalArgumentException("a channel link carries a 16-byte secret only");
        }
    }

    /**
     * Parses a link. Unknown parameters are ignored, as newer apps may add some.
     *
     * @throws IllegalArgumentException when it is not a channel link, a parameter repeats, name or
     *         secret is missing, or the secret is not 32 hex digits
     */
    public static ChannelLink parse(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a meshcore://channel/add? link");
        }
        Map<String, String> params = new HashMap<>();
        for (String pair : url.substring(PREFIX.length()).split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (params.put(k, v) != null) {
                throw new IllegalArgumentException("channel link repeats parameter " + k);
            }
        }
        String name = params.get("name");
        String secret = params.get("secret");
        if (name == null || secret == null) {
            throw new IllegalArgumentException("channel link needs name and secret");
        }
        if (secret.length() != SECRET_HEX_DIGITS) {
            throw new IllegalArgumentException("channel link secret must be 32 hex digits");
        }
        return new ChannelLink(name, ChannelKey.ofSecret(secret), Optional.ofNullable(params.get("region_scope")));
    }

    /** The link, name and scope URL-encoded (spaces as '+'), secret in lower-case hex. */
    public String toUrl() {
        StringBuilder url = new StringBuilder(PREFIX)
                .append("name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append("&secret=").append(key.secret().hex());
        regionScope.ifPresent(s -> url.append("&region_scope=").append(URLEncoder.encode(s, StandardCharsets.UTF_8)));
        return url.toString();
    }
}
