package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link NodeStore} in memory: survives a registry and monitor being rebuilt on it (tests, and
 * runs without a database). Thread-safe.
 */
public final class InMemoryNodeStore implements NodeStore {

    private final Map<String, SavedNode> nodes = new LinkedHashMap<>();
    private Instant heardUntil;
    private long saves;
    private boolean failing;

    @Override
    public synchronized Saved load() {
        return new Saved(List.copyOf(nodes.values()), Optional.ofNullable(heardUntil));
    }

    @Override
    public synchronized CompletionStage<Void> save(Collection<SavedNode> saved, Collection<String> removed, Instant until) {
        saves++;
        if (failing) {
            return CompletableFuture.failedFuture(new IllegalStateException("the store is failing (as a database that is down)"));
        }
        saved.forEach(n -> nodes.put(n.id(), n));
        removed.forEach(nodes::remove);
        heardUntil = until;
        return CompletableFuture.completedFuture(null);
    }

    /** From now on, saves fail and keep nothing (as a database that went down), or work again. */
    public synchronized void setFailing(boolean failing) {
        this.failing = failing;
    }

    /** How many times {@link #save} was called (failed ones too): each would be one database write. */
    public synchronized long saves() {
        return saves;
    }
}
