package org.meshbridge.server.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account may do beyond its room permissions. */
public enum Role {

    /** Every room, read and post, and user management. */
    ADMIN("admin"),
    /** Reads and posts in the rooms it is granted. */
    MEMBER("member"),
    /** Reads the rooms it is granted; never posts, whatever its grants say. */
    READ_ONLY("read-only");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** {@code admin}, {@code member} or {@code read-only}, as the CLI, the API and the store spell it. */
    public String code() {
        return code;
    }

    /** The role spelled {@code code} (case-insensitive; {@code read_only} and {@code readonly} too). */
    public static Optional<Role> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (normal.equals("readonly")) {
            normal = READ_ONLY.code;
        }
        String wanted = normal;
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst();
    }
}
