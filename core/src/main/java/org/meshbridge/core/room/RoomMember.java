package org.meshbridge.core.room;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A client in a room's ACL, as seen from outside (web, monitoring).
 *
 * @param syncSince       its push cursor (room clock, epoch seconds)
 * @param lastActivity    when it was last heard, epoch seconds; 0 if not since the room started
 * @param pushFailures    failed push attempts since it was last heard (3 or more: skipped until heard)
 */
public record RoomMember(Bytes publicKey, RoomRole role, long syncSince, long lastActivity, int pushFailures) {

    public RoomMember {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(role, "role");
    }
}
