package org.meshbridge.core.node;

import java.util.HashMap;
import java.util.Map;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;

/**
 * The bounded table of packet hashes behind duplicate suppression, like firmware
 * {@code SimpleMeshTables}: a ring of the last {@code capacity} hashes marked, where
 * {@link #wasSeen} is a pure lookup and {@link #markSeen} inserts, overwriting the oldest.
 *
 * <p>Bound: exactly {@code capacity} 8-byte hashes in the ring plus one map entry per distinct
 * hash in it, about 80 bytes per entry on a 64-bit JVM (the firmware keeps 160; the default here
 * is {@link NodeConfig#DEFAULT_SEEN_CAPACITY}). Confined to the node's scheduler thread.
 */
final class SeenTable {

    private final long[] ring;
    private final boolean[] used;
    private final Map<Long, Integer> counts;
    private int next;
    private long duplicates;

    SeenTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.ring = new long[capacity];
        this.used = new boolean[capacity];
        this.counts = new HashMap<>(capacity * 2);
    }

    /** The 8-byte firmware packet hash as one long, the table's key. */
    static long key(Packet packet) {
        return key(packet.hash());
    }

    static long key(Bytes hash) {
        long k = 0;
        for (int i = 0; i < Packet.HASH_BYTES; i++) {
            k = k << 8 | hash.get(i);
        }
        return k;
    }

    /** True if the hash was marked and not yet overwritten; counts a duplicate when so. */
    boolean wasSeen(long key) {
        boolean seen = counts.containsKey(key);
        if (seen) {
            duplicates++;
        }
        return seen;
    }

    /** True if the hash is in the table, without counting. */
    boolean contains(long key) {
        return counts.containsKey(key);
    }

    /** Inserts the hash, evicting the oldest entry once the ring is full. */
    void markSeen(long key) {
        if (used[next]) {
            counts.computeIfPresent(ring[next], (k, n) -> n == 1 ? null : n - 1);
        }
        ring[next] = key;
        used[next] = true;
        counts.merge(key, 1, Integer::sum);
        next = (next + 1) % ring.length;
    }

    /** Checks and marks in one step: true if the hash was new (and is now marked). */
    boolean markIfNew(long key) {
        if (wasSeen(key)) {
            return false;
        }
        markSeen(key);
        return true;
    }

    int capacity() {
        return ring.length;
    }

    /** Distinct hashes currently held. */
    int size() {
        return counts.size();
    }

    long duplicates() {
        return duplicates;
    }
}
