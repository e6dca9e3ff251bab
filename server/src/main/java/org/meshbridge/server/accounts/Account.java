package org.meshbridge.server.accounts;

import java.time.Instant;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * An account as others may see it: no password hash, no private key.
 *
 * @param name          the login name
 * @param role          what it may do beyond rooms
 * @param rooms         its per-room permissions (an admin's are ignored: it may do everything)
 * @param meshPublicKey the public key of its own mesh identity (its posts and direct messages on RF)
 * @param created       when it was added
 */
public record Account(String name, Role role, RoomGrants rooms, Bytes meshPublicKey, Instant created) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rooms, "rooms");
        Objects.requireNonNull(meshPublicKey, "meshPublicKey");
        Objects.requireNonNull(created, "created");
    }

    /** Whether it may read {@code room}. */
    public boolean canRead(String room) {
        return role == Role.ADMIN || rooms.permission(room).isPresent();
    }

    /** Whether it may post to {@code room}: never for read-only. */
    public boolean canPost(String room) {
        return role == Role.ADMIN
                || (role == Role.MEMBER && rooms.permission(room).filter(p -> p == RoomPermission.POST).isPresent());
    }
}
