package org.meshbridge.server.accounts;

import java.util.Locale;
import java.util.Optional;

/** What an account may do in one room; {@link #POST} includes reading. */
public enum RoomPermission {

    READ,
    POST;

    /** {@code read} or {@code post}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RoomPermission> fromCode(String code) {
        return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
            case "read" -> Optional.of(READ);
            case "post" -> Optional.of(POST);
            default -> Optional.empty();
        };
    }
}
