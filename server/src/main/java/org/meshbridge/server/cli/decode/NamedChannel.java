package org.meshbridge.server.cli.decode;

import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * A channel key with the name decode prints for it: {@code Public}, {@code #name} for a hashtag
 * channel, or {@code secret N} for the N-th {@code --channel-secret} (never the secret itself).
 */
public record NamedChannel(String label, ChannelKey key) {

    /** The name of the pre-configured channel, as the apps call it. */
    public static final String PUBLIC_LABEL = "Public";
    /** The Public channel, which decode always tries. */
    public static final NamedChannel PUBLIC = new NamedChannel(PUBLIC_LABEL, ChannelKey.PUBLIC);

    private static final Pattern HEX_SECRET = Pattern.compile("(?i)[0-9a-f]{32}|[0-9a-f]{64}");

    public NamedChannel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Parses a {@code --channel-secret}: {@code #name} (hashtag channel), 32 or 64 hex digits, or
     * base64 of 16 or 32 bytes (the apps' PSK form).
     *
     * @param position 1 for the first {@code --channel-secret}, for the label
     * @throws IllegalArgumentException with a one-line reason that does not repeat the secret
     */
    public static NamedChannel parse(String value, int position) {
        String v = value.strip();
        if (v.startsWith("#")) {
            if (v.length() == 1) {
                throw new IllegalArgumentException("is '#' without a channel name");
            }
            return new NamedChannel(ChannelKey.hashtagName(v), ChannelKey.hashtag(v));
        }
        ChannelKey key;
        if (HEX_SECRET.matcher(v).matches()) {
            key = ChannelKey.ofSecret(v);
        } else {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "is neither #name, 32 or 64 hex digits, nor base64 of 16 or 32 bytes");
            }
            if (decoded.length != 16 && decoded.length != 32) {
                throw new IllegalArgumentException("is base64 of " + decoded.length
                        + " bytes; a channel secret is 16 or 32 bytes (32 or 64 hex digits, or #name)");
            }
            key = ChannelKey.fromBase64(v);
        }
        return new NamedChannel(key.equals(ChannelKey.PUBLIC) ? PUBLIC_LABEL : "secret " + position, key);
    }
}
