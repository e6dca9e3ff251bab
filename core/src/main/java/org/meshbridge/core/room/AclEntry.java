package org.meshbridge.core.room;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * One client in a room's access list, as kept across restarts (firmware {@code ClientInfo},
 * less what is recomputed: the shared secret comes from the keys, the path is learnt again).
 *
 * @param permissions   the firmware's role bits: 0 guest, 1 read-only, 2 read-write, 3 admin
 * @param lastTimestamp the client's newest accepted sender timestamp (replay check)
 * @param syncSince     the push cursor: posts with a newer timestamp are still to be pushed
 * @param lastActivityEpochSeconds when the client last logged in, posted or requested
 */
public record AclEntry(String room, Bytes publicKey, int permissions, long lastTimestamp, long syncSince,
                       long lastActivityEpochSeconds) {

    public AclEntry {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey.size() != 32) {
            throw new IllegalArgumentException("public key must be 32 bytes, was " + publicKey.size());
        }
        if (permissions < 0 || permissions > 3) {
            throw new IllegalArgumentException("permissions must be 0..3, was " + permissions);
        }
    }
}
