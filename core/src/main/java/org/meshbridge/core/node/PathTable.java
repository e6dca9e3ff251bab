package org.meshbridge.core.node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Path;

/**
 * Learned direct paths from this node to peers (the firmware's {@code out_path} per contact or
 * client). One table for the whole node: a path leads from this node's radio to the peer,
 * whichever local identity talks. Bounded: past the capacity the least recently used path is
 * forgotten (the peer is then reached by flood until it sends a new PATH). A zero-hop path means
 * "direct neighbour". Confined to the scheduler thread.
 */
public final class PathTable {

    private final Map<Bytes, Path> paths;

    PathTable(int capacity) {
        this.paths = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Bytes, Path> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The path to {@code peer}, if one is known (firmware {@code out_path_len != OUT_PATH_UNKNOWN}). */
    public Optional<Path> get(Identity peer) {
        return Optional.ofNullable(paths.get(peer.publicKey()));
    }

    /** Stores the path to {@code peer}, replacing any other ({@code onContactPathRecv}). */
    public void put(Identity peer, Path path) {
        paths.put(peer.publicKey(), Objects.requireNonNull(path, "path"));
    }

    /** Forgets the path ({@code CMD_RESET_PATH}; servers on a flood login). */
    public void forget(Identity peer) {
        paths.remove(peer.publicKey());
    }

    public int size() {
        return paths.size();
    }
}
