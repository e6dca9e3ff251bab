package org.meshbridge.server.mqtt;

import java.util.List;

/** An outbox that keeps nothing on disk: the publisher's memory is all there is (the observer feed). */
enum InMemoryOutbox implements OutboxStore {
    INSTANCE;

    @Override
    public List<OutboxMessage> load(String bridge) {
        return List.of();
    }

    @Override
    public void add(String bridge, OutboxMessage message) {
        // kept in the publisher's memory only
    }

    @Override
    public void removeThrough(String bridge, long seq) {
        // nothing on disk to forget
    }
}
