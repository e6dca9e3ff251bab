package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;

/** One post to store; its stage completes only after the batch that inserted it committed. */
final class AppendTask implements WriteTask {

    private final PostDraft draft;
    private final CompletableFuture<Post> result;
    private Post inserted;
    private boolean duplicate;

    AppendTask(PostDraft draft, CompletableFuture<Post> result) {
        this.draft = draft;
        this.result = result;
    }

    @Override
    public void run(StatementCache statements, Instant storedAt) throws SQLException {
        PreparedStatement insert = statements.prepare(PostSql.INSERT);
        PostSql.bindInsert(insert, draft, storedAt);
        try (ResultSet rs = insert.executeQuery()) {
            duplicate = !rs.next();
            inserted = duplicate ? null : Post.of(rs.getLong(1), draft, storedAt);
        }
    }

    @Override
    public void succeed() {
        if (duplicate) {
            result.completeExceptionally(new IllegalArgumentException(
                    "room " + draft.room() + " already has a post at timestamp " + draft.timestamp()));
        } else {
            result.complete(inserted);
        }
    }

    @Override
    public void fail(Throwable cause) {
        result.completeExceptionally(cause);
    }
}
