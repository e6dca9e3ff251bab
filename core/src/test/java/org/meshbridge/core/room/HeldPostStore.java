package org.meshbridge.core.room;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link PostStore} whose appends become durable only when the test says so: each append waits
 * in a queue until {@link #releaseAll} hands it to the real store and completes its stage (or
 * {@link #failAll} fails it). Reads see only released posts, as with a database that has not
 * committed yet.
 */
public final class HeldPostStore extends ForwardingPostStore {

    private final List<Held> held = new ArrayList<>();

    public HeldPostStore(PostStore delegate) {
        super(delegate);
    }

    private record Held(PostDraft draft, CompletableFuture<Post> stage) {
    }

    @Override
    public synchronized CompletionStage<Post> append(PostDraft draft) {
        CompletableFuture<Post> stage = new CompletableFuture<>();
        held.add(new Held(draft, stage));
        return stage;
    }

    /** Appends waiting to become durable. */
    public synchronized int waiting() {
        return held.size();
    }

    /** Makes every waiting append durable and completes its stage. */
    public void releaseAll() {
        for (Held h : take()) {
            delegate.append(h.draft()).whenComplete((post, error) -> {
                if (error != null) {
                    h.stage().completeExceptionally(error);
                } else {
                    h.stage().complete(post);
                }
            });
        }
    }

    /** Fails every waiting append, as a database that lost its connection. */
    public void failAll() {
        for (Held h : take()) {
            h.stage().completeExceptionally(new IllegalStateException("store unavailable"));
        }
    }

    private synchronized List<Held> take() {
        List<Held> out = new ArrayList<>(held);
        held.clear();
        return out;
    }
}
