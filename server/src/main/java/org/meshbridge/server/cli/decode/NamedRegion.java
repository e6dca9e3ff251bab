package org.meshbridge.server.cli.decode;

import java.util.Objects;
import org.meshbridge.protocol.crypto.RegionKey;

/** A region key with its name as decode prints it ({@code #ottawa}). */
public record NamedRegion(String label, RegionKey key) {

    public NamedRegion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
    }

    /**
     * A hashtag region from its name, with or without the '#'; hashed as given (the firmware does
     * not change its case).
     *
     * @throws IllegalArgumentException for an empty name or a private ('$') region
     */
    public static NamedRegion parse(String name) {
        String n = name.strip();
        RegionKey key = RegionKey.named(n);
        return new NamedRegion(n.startsWith("#") ? n : "#" + n, key);
    }
}
