package org.meshbridge.server.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.room.ForwardingPostStore;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostStore;

/**
 * A JDBC post store whose {@link #append} returns only once the post is durable, with a completed
 * stage. The scenarios run on virtual time: without this, the simulated mesh could run whole
 * minutes ahead while the writer thread commits. Durability is unchanged; only the wait moves
 * from the writer thread to the caller.
 */
final class AwaitedAppends extends ForwardingPostStore {

    AwaitedAppends(PostStore delegate) {
        super(delegate);
    }

    @Override
    public CompletionStage<Post> append(PostDraft draft) {
        try {
            return CompletableFuture.completedFuture(delegate.append(draft).toCompletableFuture().join());
        } catch (CompletionException e) {
            return CompletableFuture.failedFuture(e.getCause());
        }
    }
}
