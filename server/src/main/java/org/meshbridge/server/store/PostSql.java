package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.protocol.bytes.Bytes;

/** The post table's SQL, the same on SQLite and PostgreSQL, and its row mapping. */
final class PostSql {

    /** Inserts a post; inserts nothing when the room already has a post at that timestamp. */
    static final String INSERT_UNLESS_TAKEN = "INSERT INTO post (room, ts, author_key, author_name, origin, body, "
            + "stored_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (room, ts) DO NOTHING";

    /** {@link #INSERT_UNLESS_TAKEN} returning the new id, or no row. */
    static final String INSERT_RETURNING_ID = INSERT_UNLESS_TAKEN + " RETURNING id";

    private static final String SELECT = "SELECT id, room, ts, author_key, author_name, origin, body, stored_at_ms "
            + "FROM post WHERE room = ? ";

    static final String AFTER = SELECT + "AND ts > ? ORDER BY ts LIMIT ?";
    static final String LATEST = SELECT + "ORDER BY ts DESC LIMIT ?";
    static final String BEFORE = SELECT + "AND ts < ? ORDER BY ts DESC LIMIT ?";
    static final String COUNT = "SELECT COUNT(*) FROM post WHERE room = ?";
    static final String LAST_TIMESTAMP = "SELECT MAX(ts) FROM post WHERE room = ?";
    static final String ROOMS = "SELECT DISTINCT room FROM post ORDER BY room";
    static final String DELETE_BEFORE = "DELETE FROM post WHERE room = ? AND ts < ?";
    /** Keeps the newest N posts of a room (third parameter: N - 1); deletes nothing when it has N or fewer. */
    static final String DELETE_ALL_BUT_NEWEST = "DELETE FROM post WHERE room = ? AND ts < "
            + "(SELECT ts FROM post WHERE room = ? ORDER BY ts DESC LIMIT 1 OFFSET ?)";

    private PostSql() {
    }

    static void bindInsert(PreparedStatement insert, PostDraft draft, Instant storedAt) throws SQLException {
        insert.setString(1, draft.room());
        insert.setLong(2, draft.timestamp());
        insert.setString(3, draft.authorKey().map(Bytes::hex).orElse(null));
        insert.setString(4, draft.authorName());
        insert.setString(5, draft.origin().name());
        insert.setString(6, draft.text());
        insert.setLong(7, storedAt.toEpochMilli());
    }

    /** Runs a query of {@link #SELECT}'s columns. */
    static List<Post> readAll(PreparedStatement query) throws SQLException {
        List<Post> posts = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                posts.add(read(rs));
            }
        }
        return posts;
    }

    private static Post read(ResultSet rs) throws SQLException {
        String key = rs.getString(4);
        String origin = rs.getString(6);
        PostOrigin postOrigin;
        try {
            postOrigin = PostOrigin.valueOf(origin);
        } catch (IllegalArgumentException e) {
            throw new SQLException("post " + rs.getLong(1) + " has an origin this meshbridge does not know: " + origin, e);
        }
        return new Post(rs.getLong(1), rs.getString(2), rs.getLong(3),
                key == null ? Optional.empty() : Optional.of(Bytes.fromHex(key)), rs.getString(5), postOrigin,
                rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)));
    }
}
