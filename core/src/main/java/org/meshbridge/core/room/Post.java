package org.meshbridge.core.room;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A stored post. {@link #id()} is assigned by the store, unique and increasing within a store;
 * {@link #timestamp()} is the room's post timestamp that RF clients sync by.
 *
 * @param storedAt when the store made it durable
 */
public record Post(long id, String room, long timestamp, Optional<Bytes> authorKey, String authorName,
                   PostOrigin origin, String text, Instant storedAt) {

    public Post {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(storedAt, "storedAt");
    }

    /** The stored form of {@code draft}. */
    public static Post of(long id, PostDraft draft, Instant storedAt) {
        return new Post(id, draft.room(), draft.timestamp(), draft.authorKey(), draft.authorName(), draft.origin(),
                draft.text(), storedAt);
    }
}
