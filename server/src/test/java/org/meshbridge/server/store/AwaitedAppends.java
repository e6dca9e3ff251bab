package org.meshbridge.server.store;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostStore;

/**
 * A JDBC post store whose {@link #append} returns only once the post is durable, with a completed
 * stage. The scenarios run on virtual time: without this, the simulated mesh could run whole
 * minutes ahead while the writer thread commits. Durability is unchanged; only the wait moves
 * from the writer thread to the caller.
 */
final class AwaitedAppends implements PostStore {

    private final PostStore delegate;

    AwaitedAppends(PostStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletionStage<Post> append(PostDraft draft) {
        try {
            return CompletableFuture.completedFuture(delegate.append(draft).toCompletableFuture().join());
        } catch (CompletionException e) {
            return CompletableFuture.failedFuture(e.getCause());
        }
    }

    @Override
    public List<Post> after(String room, long afterTimestamp, int limit) {
        return delegate.after(room, afterTimestamp, limit);
    }

    @Override
    public List<Post> latest(String room, int limit) {
        return delegate.latest(room, limit);
    }

    @Override
    public List<Post> before(String room, long beforeTimestamp, int limit) {
        return delegate.before(room, beforeTimestamp, limit);
    }

    @Override
    public long count(String room) {
        return delegate.count(room);
    }

    @Override
    public OptionalLong lastTimestamp(String room) {
        return delegate.lastTimestamp(room);
    }

    @Override
    public long deleteBefore(String room, long timestamp) {
        return delegate.deleteBefore(room, timestamp);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
