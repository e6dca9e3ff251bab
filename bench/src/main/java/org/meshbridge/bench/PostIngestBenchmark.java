package org.meshbridge.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostOrigin;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable post ingest: each operation is one acknowledged post, appended through the store
 * ({@code Stores.open} with its defaults: SQLite WAL with {@code synchronous=FULL}, or
 * PostgreSQL with {@code synchronous_commit=on}) and waited for until its stage completes,
 * i.e. until the batch holding it committed. Every JMH thread is one caller waiting for its
 * ACK, like a room; the default 64 callers are what group commit batches. Run with {@code -t 1}
 * to see one fsync per post. Posts go to 8 rooms, ~110 characters each.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(64)
public class PostIngestBenchmark {

    private static final String TEXT = "Meet at the water tower at 18:00 — bring the spare antenna and the 18650s, "
            + "the repeater on the hill is down.";

    /** One store for all callers, fresh for each trial. */
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"sqlite"})
        String database;

        BenchDatabase db;
        Storage storage;
        final AtomicLong timestamps = new AtomicLong(1_700_000_000L);

        @Setup(Level.Trial)
        public void open() {
            db = BenchDatabase.create(database);
            storage = Stores.open(db.url());
        }

        @TearDown(Level.Trial)
        public void close() {
            storage.close();
            db.close();
        }
    }

    @Benchmark
    public Post appendAndWaitForCommit(Store store) {
        long ts = store.timestamps.incrementAndGet();
        PostDraft draft = new PostDraft("room" + (ts & 7), ts, Optional.empty(), "bench", PostOrigin.INTERNET, TEXT);
        return store.storage.posts().append(draft).toCompletableFuture().join();
    }
}
