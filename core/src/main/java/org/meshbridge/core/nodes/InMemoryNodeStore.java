package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link NodeStore} in memory: survives a registry and monitor being rebuilt on it (tests, and
 * runs without a database). Thread-safe.
 */
public final class InMemoryNodeStore implements NodeStore {

    private final Map<String, SavedNode> nodes = new LinkedHashMap<>();
    private Instant heardUntil;
    private long saves;

    @Override
    public synchronized Saved load() {
        return new Saved(List.copyOf(nodes.values()), Optional.ofNullable(heardUntil));
    }

    @Override
    public synchronized void save(Collection<SavedNode> saved, Collection<String> removed, Instant until) {
        saved.forEach(n -> nodes.put(n.id(), n));
        removed.forEach(nodes::remove);
        heardUntil = until;
        saves++;
    }

    /** How many times {@link #save} was called: each would be one database write. */
    public synchronized long saves() {
        return saves;
    }
}
