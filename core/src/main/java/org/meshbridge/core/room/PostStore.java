package org.meshbridge.core.room;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/**
 * Durable room history. The core's port; adapters: {@link InMemoryPostStore} here, JDBC
 * (SQLite, PostgreSQL) in the server.
 *
 * <p>Durability contract: the stage returned by {@link #append} completes only once the post
 * survives a process kill (committed, fsynced as the database promises). Rooms ACK a post over
 * the air, or answer an internet client, only after that, so an acknowledged post is never
 * lost. Adapters may batch appends from many callers into one commit. The stage may complete on
 * any thread; the core hands the result back to its scheduler.
 *
 * <p>Reads are synchronous and must be fast (indexed by room and timestamp); the core calls them
 * on its event thread. All lists are bounded by {@code limit} (1..1000).
 */
public interface PostStore extends AutoCloseable {

    /** Stores {@code draft}; completes with the stored post once it is durable, or exceptionally. */
    CompletionStage<Post> append(PostDraft draft);

    /** Posts of {@code room} with timestamp greater than {@code afterTimestamp}, oldest first. */
    List<Post> after(String room, long afterTimestamp, int limit);

    /** The newest posts of {@code room}, newest first. */
    List<Post> latest(String room, int limit);

    /** Posts of {@code room} with timestamp less than {@code beforeTimestamp}, newest first (paging back). */
    List<Post> before(String room, long beforeTimestamp, int limit);

    /** The number of posts kept for {@code room}. */
    long count(String room);

    /** The newest post timestamp of {@code room}, so timestamps keep increasing across restarts. */
    OptionalLong lastTimestamp(String room);

    /** Retention: deletes posts of {@code room} older than {@code timestamp}; returns how many. */
    long deleteBefore(String room, long timestamp);

    /** Flushes pending appends (completing their stages) and releases resources. */
    @Override
    void close();
}
