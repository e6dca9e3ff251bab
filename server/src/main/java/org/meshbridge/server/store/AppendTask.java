package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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

    /** One statement and its result; SQLite runs in-process, so there is no round trip to save. */
    @Override
    public void run(StatementCache statements, Instant storedAt) throws SQLException {
        PreparedStatement insert = statements.prepare(PostSql.INSERT_RETURNING_ID);
        PostSql.bindInsert(insert, draft, storedAt);
        try (ResultSet rs = insert.executeQuery()) {
            settle(rs.next() ? rs.getLong(1) : 0, storedAt);
        }
    }

    /**
     * Several appends as one JDBC batch, which the PostgreSQL driver sends without waiting for
     * each reply. A post whose timestamp is taken counts 0 rows and has no generated key.
     */
    static void runAll(List<AppendTask> appends, StatementCache statements, Instant storedAt) throws SQLException {
        PreparedStatement insert = statements.prepareReturningId(PostSql.INSERT_UNLESS_TAKEN);
        for (AppendTask append : appends) {
            PostSql.bindInsert(insert, append.draft, storedAt);
            insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        if (counts.length != appends.size()) {
            throw new SQLException("the driver returned " + counts.length + " counts for " + appends.size() + " inserts");
        }
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1 && keys.next()) {
                    appends.get(i).settle(keys.getLong(1), storedAt);
                } else if (counts[i] == 0) {
                    appends.get(i).settle(0, storedAt);
                } else {
                    throw new SQLException("cannot tell which inserts of the batch stored a post (count " + counts[i] + ")");
                }
            }
        }
    }

    /** {@code id} 0: the room already has a post at this timestamp (ids start at 1). */
    private void settle(long id, Instant storedAt) {
        duplicate = id == 0;
        inserted = duplicate ? null : Post.of(id, draft, storedAt);
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
