package org.meshbridge.core.room;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The settings an admin may change over the air (passwords, read-only guests). They start from the
 * {@link RoomConfig} and last until the room is restarted: the config file stays the source of
 * truth. Confined to the scheduler thread.
 */
final class RoomSettings {

    Optional<String> adminPassword;
    Optional<String> guestPassword;
    boolean allowReadOnly;

    RoomSettings(RoomConfig config) {
        this.adminPassword = config.adminPassword();
        this.guestPassword = config.guestPassword();
        this.allowReadOnly = config.allowReadOnly();
    }

    /** The role a password logs in with; empty means no reply (firmware {@code onAnonDataRecv}). */
    Optional<RoomRole> roleFor(Bytes password) {
        if (matches(adminPassword, password)) {
            return Optional.of(RoomRole.ADMIN);
        }
        if (matches(guestPassword, password)) {
            return Optional.of(RoomRole.READ_WRITE);
        }
        return allowReadOnly ? Optional.of(RoomRole.GUEST) : Optional.empty();
    }

    /** Cuts {@code password} to 15 bytes on a character boundary, as {@code StrHelper::strncpy} into 16 bytes does. */
    static String cut(String password) {
        return new String(org.meshbridge.protocol.bytes.Utf8.truncate(password, RoomConstants.MAX_PASSWORD_BYTES),
                StandardCharsets.UTF_8);
    }

    private static boolean matches(Optional<String> configured, Bytes given) {
        return configured.filter(p -> !p.isEmpty()).map(p -> Bytes.utf8(p).constantTimeEquals(given)).orElse(false);
    }
}
