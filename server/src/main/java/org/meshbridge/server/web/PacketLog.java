package org.meshbridge.server.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The most recent packets, heard and sent, in a bounded ring: the data behind
 * {@code GET /api/v1/packets}. One writer (the node's scheduler thread) adds; HTTP threads read a
 * copy. The lock is held only to store one reference or to copy at most {@code limit} of them,
 * so neither side waits on the other's work (decoding happens before {@link #add}, JSON after
 * {@link #newest}).
 */
public final class PacketLog {

    /** How many packets the demo and the server keep. */
    public static final int DEFAULT_CAPACITY = 1000;

    private final PacketEntry[] ring;
    private int next;
    private int size;
    private long total;

    public PacketLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.ring = new PacketEntry[capacity];
    }

    /** Keeps {@code entry}, forgetting the oldest when full. */
    public synchronized void add(PacketEntry entry) {
        ring[next] = entry;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
        total++;
    }

    /** Up to {@code limit} entries, newest first. */
    public synchronized List<PacketEntry> newest(int limit) {
        int count = Math.min(Math.max(limit, 0), size);
        List<PacketEntry> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(ring[Math.floorMod(next - i, ring.length)]);
        }
        return out;
    }

    /** How many entries the ring holds at most. */
    public int capacity() {
        return ring.length;
    }

    /** Entries added since start, including those the ring has forgotten. */
    public synchronized long total() {
        return total;
    }
}
