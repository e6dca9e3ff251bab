package org.meshbridge.core.radio.sim;

import java.util.HashMap;
import java.util.Map;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;

/**
 * The firmware's duplicate table ({@code SimpleMeshTables}): a ring of the last
 * {@value #CAPACITY} packet hashes; {@code wasSeen} looks, {@code markSeen} inserts.
 */
final class SeenTable {

    /** {@code MAX_PACKET_HASHES} (128 + 32), firmware {@code helpers/SimpleMeshTables.h}. */
    static final int CAPACITY = 160;

    private final Bytes[] ring = new Bytes[CAPACITY];
    private final Map<Bytes, Integer> counts = new HashMap<>();
    private int next;

    boolean wasSeen(Packet packet) {
        return counts.containsKey(packet.hash());
    }

    void markSeen(Packet packet) {
        Bytes hash = packet.hash();
        Bytes evicted = ring[next];
        if (evicted != null) {
            counts.computeIfPresent(evicted, (h, n) -> n == 1 ? null : n - 1);
        }
        ring[next] = hash;
        counts.merge(hash, 1, Integer::sum);
        next = (next + 1) % CAPACITY;
    }
}
