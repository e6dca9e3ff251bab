package org.meshbridge.core.room;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/** A {@link PostStore} that passes everything to another; test doubles override what they change. */
public abstract class ForwardingPostStore implements PostStore {

    protected final PostStore delegate;

    protected ForwardingPostStore(PostStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletionStage<Post> append(PostDraft draft) {
        return delegate.append(draft);
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
