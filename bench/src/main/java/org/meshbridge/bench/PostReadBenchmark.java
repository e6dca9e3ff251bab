package org.meshbridge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.meshbridge.core.room.Post;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads from a room with 1,000,000 posts (and 50,000 in another room), through the store's
 * read pool. The database is built once per trial: the store creates the schema, then plain
 * JDBC batch inserts of 10,000 rows per transaction fill it.
 *
 * <ul>
 *   <li>{@link #latest100}: the newest 100 posts, newest first (web history, room view).
 *   <li>{@link #after100FromTheMiddle}: 100 posts after a timestamp half-way back (a client
 *       re-syncing from {@code sync_since}).
 *   <li>{@link #lastTimestamp}: the newest timestamp (room start).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PostReadBenchmark {

    static final String ROOM = "lobby";
    static final int POSTS = 1_000_000;
    static final long FIRST_TIMESTAMP = 1_600_000_000L;

    /** The filled database, shared by all threads. */
    @State(Scope.Benchmark)
    public static class History {
        @Param({"sqlite"})
        String database;

        BenchDatabase db;
        Storage storage;

        @Setup(Level.Trial)
        public void build() throws SQLException {
            db = BenchDatabase.create(database);
            Stores.open(db.url()).close();
            try (Connection connection = db.connect()) {
                insert(connection, ROOM, POSTS);
                insert(connection, "other", 50_000);
            }
            storage = Stores.open(db.url());
            if (storage.posts().count(ROOM) != POSTS) {
                throw new IllegalStateException("expected " + POSTS + " posts in " + ROOM);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            storage.close();
            db.close();
        }
    }

    private static void insert(Connection connection, String room, int posts) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO post (room, ts, author_key, "
                + "author_name, origin, body, stored_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < posts; i++) {
                long ts = FIRST_TIMESTAMP + i;
                insert.setString(1, room);
                insert.setLong(2, ts);
                insert.setString(3, i % 3 == 0 ? null : "1ec77175b0918ed206f9ae04ec136d6d5d4315bb26305427f645b492e9350c10");
                insert.setString(4, "user" + (i % 50));
                insert.setString(5, i % 3 == 0 ? "CHANNEL" : "RF");
                insert.setString(6, "post number " + i + " in " + room + ", with a typical length of a mesh message");
                insert.setLong(7, ts * 1000);
                insert.addBatch();
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    @Benchmark
    public List<Post> latest100(History h) {
        return h.storage.posts().latest(ROOM, 100);
    }

    @Benchmark
    public List<Post> after100FromTheMiddle(History h) {
        return h.storage.posts().after(ROOM, FIRST_TIMESTAMP + POSTS / 2, 100);
    }

    @Benchmark
    public OptionalLong lastTimestamp(History h) {
        return h.storage.posts().lastTimestamp(ROOM);
    }
}
