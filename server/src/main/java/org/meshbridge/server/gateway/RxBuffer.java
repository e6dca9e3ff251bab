package org.meshbridge.server.gateway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Received packets held while the server is unreachable: at most {@code capacity}, the oldest
 * dropped (and counted) to make room. Not thread-safe: the client uses it on its one thread.
 */
final class RxBuffer {

    private final int capacity;
    private final ArrayDeque<RxMessage> held = new ArrayDeque<>();
    private long droppedTotal;
    private long droppedSinceDrain;

    RxBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    void add(RxMessage message) {
        if (held.size() == capacity) {
            held.removeFirst();
            droppedTotal++;
            droppedSinceDrain++;
        }
        held.addLast(message);
    }

    int size() {
        return held.size();
    }

    long droppedTotal() {
        return droppedTotal;
    }

    long droppedSinceDrain() {
        return droppedSinceDrain;
    }

    /** Everything held, oldest first; the buffer is empty afterwards and the per-outage count resets. */
    List<RxMessage> drain() {
        List<RxMessage> all = new ArrayList<>(held);
        held.clear();
        droppedSinceDrain = 0;
        return all;
    }
}
