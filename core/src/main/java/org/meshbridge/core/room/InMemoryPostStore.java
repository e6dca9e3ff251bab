package org.meshbridge.core.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link PostStore} in memory: for tests and for running without a database. It is not
 * durable across restarts, so {@link #append} completes at once. Thread-safe.
 */
public final class InMemoryPostStore implements PostStore {

    private final Clock clock;
    private final Map<String, NavigableMap<Long, Post>> rooms = new HashMap<>();
    private long nextId = 1;

    /** @param clock stamps {@link Post#storedAt()}; pass the scheduler's clock in tests */
    public InMemoryPostStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletionStage<Post> append(PostDraft draft) {
        NavigableMap<Long, Post> posts = rooms.computeIfAbsent(draft.room(), r -> new TreeMap<>());
        if (posts.containsKey(draft.timestamp())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "room " + draft.room() + " already has a post at timestamp " + draft.timestamp()));
        }
        Post post = Post.of(nextId++, draft, clock.instant());
        posts.put(post.timestamp(), post);
        return CompletableFuture.completedFuture(post);
    }

    @Override
    public synchronized List<Post> after(String room, long afterTimestamp, int limit) {
        checkLimit(limit);
        return take(posts(room).tailMap(afterTimestamp, false).values(), limit);
    }

    @Override
    public synchronized List<Post> latest(String room, int limit) {
        checkLimit(limit);
        return take(posts(room).descendingMap().values(), limit);
    }

    @Override
    public synchronized List<Post> before(String room, long beforeTimestamp, int limit) {
        checkLimit(limit);
        return take(posts(room).headMap(beforeTimestamp, false).descendingMap().values(), limit);
    }

    @Override
    public synchronized long count(String room) {
        return posts(room).size();
    }

    @Override
    public synchronized OptionalLong lastTimestamp(String room) {
        NavigableMap<Long, Post> posts = posts(room);
        return posts.isEmpty() ? OptionalLong.empty() : OptionalLong.of(posts.lastKey());
    }

    @Override
    public synchronized long deleteBefore(String room, long timestamp) {
        NavigableMap<Long, Post> old = posts(room).headMap(timestamp, false);
        long n = old.size();
        old.clear();
        return n;
    }

    @Override
    public void close() {
        // nothing to flush
    }

    private NavigableMap<Long, Post> posts(String room) {
        return rooms.getOrDefault(room, new TreeMap<>());
    }

    private static List<Post> take(Iterable<Post> posts, int limit) {
        List<Post> out = new ArrayList<>(Math.min(limit, 64));
        for (Post p : posts) {
            if (out.size() == limit) {
                break;
            }
            out.add(p);
        }
        return out;
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
    }
}
