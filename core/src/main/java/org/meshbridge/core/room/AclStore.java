package org.meshbridge.core.room;

import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Room access lists across restarts (the firmware keeps only admins, in flash). Writes are
 * small and may be write-behind: losing the last cursor move only re-pushes a post, which the
 * client de-duplicates by timestamp.
 */
public interface AclStore {

    /** Every entry of {@code room}. */
    List<AclEntry> load(String room);

    /** Inserts or replaces the entry for its room and public key. */
    void save(AclEntry entry);

    /** Removes the entry, if any. */
    void remove(String room, Bytes publicKey);
}
