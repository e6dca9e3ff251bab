package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostStore;

/**
 * Room history in SQLite or PostgreSQL. {@link #append} queues the post for the store's one
 * writer thread, which commits posts from all callers in batches; the stage completes on that
 * thread once the batch is durable (hand the result on rather than doing slow work in the
 * callback). Reads run on a pool of other connections and see every completed append.
 * Deletes also go through the writer, so SQLite never has two writers.
 *
 * <p>Obtained from {@link Stores#open}; closing it closes its {@link Storage}.
 */
public final class JdbcPostStore implements PostStore {

    private static final int MAX_LIMIT = 1000;

    private final GroupCommitWriter writer;
    private final ReadPool reads;
    private final Runnable closeStorage;

    JdbcPostStore(GroupCommitWriter writer, ReadPool reads, Runnable closeStorage) {
        this.writer = writer;
        this.reads = reads;
        this.closeStorage = closeStorage;
    }

    /**
     * Queues {@code draft}. The stage fails with {@link IllegalArgumentException} if the room
     * already has a post at that timestamp, {@link StoreOverloadedException} at once if the queue
     * is full, {@link StoreException} if the database refused the batch, and
     * {@link IllegalStateException} once closed.
     */
    @Override
    public CompletionStage<Post> append(PostDraft draft) {
        return writer.append(Objects.requireNonNull(draft, "draft"));
    }

    @Override
    public List<Post> after(String room, long afterTimestamp, int limit) {
        checkLimit(limit);
        return reads.read("read posts of " + room, connection -> {
            try (PreparedStatement query = connection.prepareStatement(PostSql.AFTER)) {
                query.setString(1, room);
                query.setLong(2, afterTimestamp);
                query.setInt(3, limit);
                return PostSql.readAll(query);
            }
        });
    }

    @Override
    public List<Post> latest(String room, int limit) {
        checkLimit(limit);
        return reads.read("read posts of " + room, connection -> {
            try (PreparedStatement query = connection.prepareStatement(PostSql.LATEST)) {
                query.setString(1, room);
                query.setInt(2, limit);
                return PostSql.readAll(query);
            }
        });
    }

    @Override
    public List<Post> before(String room, long beforeTimestamp, int limit) {
        checkLimit(limit);
        return reads.read("read posts of " + room, connection -> {
            try (PreparedStatement query = connection.prepareStatement(PostSql.BEFORE)) {
                query.setString(1, room);
                query.setLong(2, beforeTimestamp);
                query.setInt(3, limit);
                return PostSql.readAll(query);
            }
        });
    }

    @Override
    public long count(String room) {
        return reads.read("count posts of " + room, connection -> {
            try (PreparedStatement query = connection.prepareStatement(PostSql.COUNT)) {
                query.setString(1, room);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public OptionalLong lastTimestamp(String room) {
        return reads.read("read the last timestamp of " + room, connection -> {
            try (PreparedStatement query = connection.prepareStatement(PostSql.LAST_TIMESTAMP)) {
                query.setString(1, room);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    long last = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(last);
                }
            }
        });
    }

    /** The rooms that have posts, in name order (retention walks them). */
    public List<String> rooms() {
        return reads.read("list rooms", connection -> {
            List<String> rooms = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(PostSql.ROOMS);
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rooms.add(rs.getString(1));
                }
            }
            return rooms;
        });
    }

    /** Waits for the writer; one transaction, so appends queue behind a large first clean-up. */
    @Override
    public long deleteBefore(String room, long timestamp) {
        Objects.requireNonNull(room, "room");
        return writer.await(statements -> {
            PreparedStatement delete = statements.prepare(PostSql.DELETE_BEFORE);
            delete.setString(1, room);
            delete.setLong(2, timestamp);
            return (long) delete.executeUpdate();
        });
    }

    /** Retention by count: deletes all but the newest {@code keep} posts of {@code room}; returns how many. */
    public long deleteAllButNewest(String room, long keep) {
        Objects.requireNonNull(room, "room");
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        return writer.await(statements -> {
            PreparedStatement delete = statements.prepare(PostSql.DELETE_ALL_BUT_NEWEST);
            delete.setString(1, room);
            delete.setString(2, room);
            delete.setLong(3, keep - 1);
            return (long) delete.executeUpdate();
        });
    }

    /** Flushes pending appends (completing their stages) and closes the whole {@link Storage}. */
    @Override
    public void close() {
        closeStorage.run();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }
}
