package org.meshbridge.server.mqtt;

import java.util.List;

/**
 * Where the bridge keeps messages until the broker acknowledged them, so a restart (or a crash)
 * publishes what was left, in order. Writes are write-behind: they are queued in call order and
 * made durable shortly after; {@link #load} sees every write made before it.
 */
public interface OutboxStore {

    /** The messages of {@code bridge} (its client id) in seq order. */
    List<OutboxMessage> load(String bridge);

    /** Keeps {@code message} for {@code bridge}. */
    void add(String bridge, OutboxMessage message);

    /** Forgets the messages of {@code bridge} up to and including {@code seq}. */
    void removeThrough(String bridge, long seq);
}
