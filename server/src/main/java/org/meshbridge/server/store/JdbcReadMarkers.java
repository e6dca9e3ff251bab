package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * How far each web account has read each room, for unread counts. A marker only moves forward:
 * marking an older post read keeps the newer marker. Writes go through the store's writer (and
 * complete once committed); reads use the read pool. Thread-safe.
 */
public final class JdbcReadMarkers {

    /** Unread counts stop at this many (the app shows "999+"); keeps the count query bounded. */
    public static final int MAX_UNREAD = 999;

    private static final String UPSERT = "INSERT INTO read_marker (account, room, last_read_ts) VALUES (?, ?, ?) "
            + "ON CONFLICT (account, room) DO UPDATE SET last_read_ts = excluded.last_read_ts "
            + "WHERE excluded.last_read_ts > read_marker.last_read_ts";
    private static final String OF_ACCOUNT = "SELECT room, last_read_ts FROM read_marker WHERE account = ?";
    private static final String UNREAD = "SELECT COUNT(*) FROM (SELECT 1 FROM post WHERE room = ? AND ts > ? "
            + "ORDER BY ts LIMIT " + (MAX_UNREAD + 1) + ") newer";

    private final GroupCommitWriter writer;
    private final ReadPool reads;

    JdbcReadMarkers(GroupCommitWriter writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    /** Moves {@code account}'s marker in {@code room} to {@code timestamp} if that is newer; completes once committed. */
    public CompletableFuture<Void> markRead(String account, String room, long timestamp) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(room, "room");
        return writer.submit(statements -> {
            PreparedStatement upsert = statements.prepare(UPSERT);
            upsert.setString(1, account);
            upsert.setString(2, room);
            upsert.setLong(3, timestamp);
            return upsert.executeUpdate();
        }).thenApply(rows -> null);
    }

    /** {@code account}'s markers by room (rooms never marked are absent: nothing read yet). */
    public Map<String, Long> markers(String account) {
        Objects.requireNonNull(account, "account");
        return reads.read("read the read markers of " + account, connection -> {
            try (PreparedStatement query = connection.prepareStatement(OF_ACCOUNT)) {
                query.setString(1, account);
                Map<String, Long> markers = new HashMap<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        markers.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return markers;
            }
        });
    }

    /** Posts of {@code room} newer than {@code afterTimestamp}, at most {@link #MAX_UNREAD} + 1. */
    public int unread(String room, long afterTimestamp) {
        Objects.requireNonNull(room, "room");
        return reads.read("count unread posts of " + room, connection -> {
            try (PreparedStatement query = connection.prepareStatement(UNREAD)) {
                query.setString(1, room);
                query.setLong(2, afterTimestamp);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
