package org.meshbridge.core.room;

import java.util.Optional;

/** A client's role in a room: the low two bits of the firmware's {@code ClientInfo.permissions}. */
public enum RoomRole {
    /** {@code PERM_ACL_GUEST}: reads, cannot post (given to any password when read-only guests are allowed). */
    GUEST(0),
    /** {@code PERM_ACL_READ_ONLY}: reads, cannot post (only set by an admin's {@code setperm}). */
    READ_ONLY(1),
    /** {@code PERM_ACL_READ_WRITE}: the guest password's role. */
    READ_WRITE(2),
    /** {@code PERM_ACL_ADMIN}: the admin password's role; may send CLI commands. */
    ADMIN(3);

    private final int code;

    RoomRole(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The role of permission bits {@code code & 3}; empty for codes outside 0..3. */
    public static Optional<RoomRole> fromCode(int code) {
        for (RoomRole r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether this role's posts are stored (the firmware refuses only {@link #GUEST}; meshbridge refuses {@link #READ_ONLY} too). */
    public boolean canPost() {
        return this == READ_WRITE || this == ADMIN;
    }
}
