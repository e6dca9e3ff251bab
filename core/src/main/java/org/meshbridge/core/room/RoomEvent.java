package org.meshbridge.core.room;

import java.time.Instant;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * What rooms and channel rooms tell subscribers (web push, MQTT, monitoring). Nodes heard,
 * packets and the node's own deliveries are on {@link org.meshbridge.core.node.NodeListener};
 * these are the room-level facts on top. Published on the node's scheduler thread.
 */
public sealed interface RoomEvent {

    /** The room's configured name. */
    String room();

    /** When it happened, on the scheduler clock. */
    Instant at();

    /** A post became durable (from RF, the internet, a channel or the room itself). */
    record PostStored(String room, Post post, Instant at) implements RoomEvent {
        public PostStored {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A client logged in over RF. */
    record ClientLoggedIn(String room, Bytes client, RoomRole role, long syncSince, Instant at) implements RoomEvent {
        public ClientLoggedIn {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A login got no answer: wrong password (read-only guests off), a replayed timestamp, or an ACL full of admins. */
    record LoginRefused(String room, Bytes client, String reason, Instant at) implements RoomEvent {
        public LoginRefused {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A client ACKed a pushed post (or one part of a split post): its cursor moved to {@code syncSince}.
     *
     * @param postTimestamp the post's timestamp
     * @param part          the part number, 1-based (1 for a post pushed whole)
     * @param parts         how many parts the post is pushed in
     */
    record PushDelivered(String room, Bytes client, long postTimestamp, int part, int parts, long syncSince, Instant at)
            implements RoomEvent {
        public PushDelivered {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A push went unacknowledged through every attempt; {@code failures} counts failed attempts since the client was last heard. */
    record PushFailed(String room, Bytes client, long postTimestamp, int failures, Instant at) implements RoomEvent {
        public PushFailed {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A client was dropped from a full ACL to make room for a new login (admins are never evicted). */
    record ClientEvicted(String room, Bytes client, RoomRole role, Instant at) implements RoomEvent {
        public ClientEvicted {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }
}
