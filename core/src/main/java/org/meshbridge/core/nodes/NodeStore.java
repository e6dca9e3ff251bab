package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where the {@link NodeJournal} keeps the node registry across restarts (the server's database),
 * so that nodes, their observed advert intervals and their liveness (alerts already sent
 * included) survive a restart.
 *
 * <p>{@link #load} blocks (a database read) and is called once at start, before the radio; a kept
 * node the store cannot read back is left out (and logged by the store), never fails the start.
 * {@link #save} must not block (it is called on the scheduler thread); saves apply in call order,
 * and each one's stage completes once it is durable, or fails (the store has logged why).
 * Implementations are thread-safe.
 */
public interface NodeStore {

    /**
     * What was kept.
     *
     * @param nodes every node that could be read back, in no particular order
     * @param heardUntil the last moment the previous run is known to have heard the mesh (it stopped, crashed or
     *     went deaf after that); empty when nothing was ever saved
     */
    record Saved(List<SavedNode> nodes, Optional<Instant> heardUntil) {
        public Saved {
            nodes = List.copyOf(nodes);
            Objects.requireNonNull(heardUntil, "heardUntil");
        }
    }

    /** Everything kept. */
    Saved load();

    /**
     * Replaces the kept state of {@code nodes}, forgets the nodes {@code removed}, and records that the
     * bridge heard the mesh until {@code heardUntil}; all of it in one write.
     */
    CompletionStage<Void> save(Collection<SavedNode> nodes, Collection<String> removed, Instant heardUntil);
}
