package org.meshbridge.core.room;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.time.Scheduler;

/**
 * What rooms run on: the node that carries their traffic, its scheduler (the single writer
 * thread), the stores, a random source (seeded in tests) and the event stream they publish to.
 *
 * @param scheduler the node's scheduler: every room method runs on it
 */
public record RoomHost(MeshNode node, Scheduler scheduler, PostStore posts, AclStore acls, RandomGenerator random,
                       RoomEvents events) {

    public RoomHost {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(acls, "acls");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(events, "events");
    }

    /** The current time in epoch seconds, on the scheduler clock. */
    public long epochSeconds() {
        return scheduler.now().getEpochSecond();
    }
}
