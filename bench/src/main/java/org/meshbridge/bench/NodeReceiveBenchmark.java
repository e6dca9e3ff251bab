package org.meshbridge.bench;

import java.util.concurrent.TimeUnit;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.protocol.bytes.Bytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Received packets per second through a whole {@link org.meshbridge.core.node.MeshNode}: frames
 * played in through the radio link listener (decode, duplicate table, the firmware's per-type
 * handling, decryption for local endpoints, replies through the airtime scheduler), one thread,
 * {@link #FRAMES} frames per operation. See {@link BenchStation} for the node and
 * {@link NodeTraffic} for the streams.
 *
 * <ul>
 *   <li>{@link #unique}: every frame new to the duplicate table (each stream is far longer than
 *       the table, and setup checks that a full second pass counts no duplicate). {@code pool}:
 *       {@code corpus} (corpus-shaped traffic of other nodes, 23.5 % adverts), {@code
 *       corpusNoAdverts} (the same without adverts), {@code addressed} (datagrams and channel
 *       messages for the local endpoints, all opened, replies sent).
 *   <li>{@link #duplicates}: the committed corpus heard again after once: the dedupe fast path.
 *   <li>{@link #mix}: 50 % corpus-shaped, 20 % addressed, 30 % re-heard; {@code replies} on (ACKs,
 *       responses and PATHs are encrypted, queued and sent on the instant link, and counted) or off
 *       (endpoints neither ACK nor answer).
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NodeReceiveBenchmark {

    /** Frames per benchmark operation; JMH divides by it, so scores are frames per second. */
    public static final int FRAMES = 1000;
    /** Seeds of the corpus make-up in the unique pools: about 16,000 packets, four times the table. */
    static final int SEEDS = 16;
    static final long SEED = 0x6E6F6465L;

    /** A station fed one stream over and over. */
    abstract static class Feed {
        BenchStation station;
        Bytes[] frames;
        int next;

        void feed() {
            Bytes[] f = frames;
            for (int i = 0; i < FRAMES; i++) {
                station.hear(f[next]);
                if (++next == f.length) {
                    next = 0;
                }
            }
        }

        /** Plays the stream once (warm-up, tables filled) and then once more, returning the counters of the second pass. */
        NodeStats[] twoPasses() {
            for (Bytes frame : frames) {
                station.hear(frame);
            }
            NodeStats before = station.node.stats();
            for (Bytes frame : frames) {
                station.hear(frame);
            }
            return new NodeStats[] {before, station.node.stats()};
        }

        @TearDown
        public void report() {
            System.out.println("\n" + getClass().getSimpleName() + ": " + station.summary());
        }
    }

    @State(Scope.Thread)
    public static class UniqueFeed extends Feed {
        @Param({"corpus", "corpusNoAdverts", "addressed"})
        public String pool;

        @Setup
        public void setUp() {
            station = new BenchStation(SEED);
            frames = switch (pool) {
                case "corpus" -> NodeTraffic.corpusShaped(SEEDS, true);
                case "corpusNoAdverts" -> NodeTraffic.corpusShaped(SEEDS, false);
                case "addressed" -> new NodeTraffic(station, SEED).addressed(16_000);
                default -> throw new IllegalArgumentException("unknown pool " + pool);
            };
            long delivered = station.delivered();
            NodeStats[] pass = twoPasses();
            if (pass[1].duplicates() != pass[0].duplicates()) {
                throw new IllegalStateException("the " + pool + " stream is not unique to the table: "
                        + (pass[1].duplicates() - pass[0].duplicates()) + " duplicates in a pass");
            }
            if (pool.equals("addressed") && station.delivered() - delivered != 2L * frames.length) {
                throw new IllegalStateException("endpoints opened " + (station.delivered() - delivered) + " of "
                        + 2L * frames.length + " addressed frames");
            }
            System.out.println("\nsetup " + pool + ": " + frames.length + " frames; " + station.summary());
        }
    }

    @State(Scope.Thread)
    public static class DuplicateFeed extends Feed {
        @Setup
        public void setUp() {
            station = new BenchStation(SEED);
            frames = CorpusSets.load().frames();
            NodeStats[] pass = twoPasses();
            if (pass[1].signatureChecks() != pass[0].signatureChecks() || pass[1].framesReceived() - pass[0].framesReceived()
                    != pass[1].duplicates() - pass[0].duplicates() + pass[1].processed() - pass[0].processed()
                    + pass[1].dropped() - pass[0].dropped()) {
                throw new IllegalStateException("the second pass did more than drop duplicates: " + station.summary());
            }
            System.out.println("\nsetup duplicates: " + frames.length + " frames; a second pass counted "
                    + (pass[1].duplicates() - pass[0].duplicates()) + " duplicates, "
                    + (pass[1].processed() - pass[0].processed()) + " processed (TRACEs at the end of their path and"
                    + " zero-hop CONTROL, which the firmware does not dedupe), "
                    + (pass[1].dropped() - pass[0].dropped()) + " dropped (direct packets for other nodes); " + station.summary());
        }
    }

    @State(Scope.Thread)
    public static class MixFeed extends Feed {
        @Param({"on", "off"})
        public String replies;

        @Setup
        public void setUp() {
            station = new BenchStation(SEED);
            station.replies(replies.equals("on"));
            NodeTraffic traffic = new NodeTraffic(station, SEED);
            frames = traffic.mix(NodeTraffic.corpusShaped(SEEDS, true), traffic.addressed(8_000), 40_000);
            NodeStats[] pass = twoPasses();
            System.out.println("\nsetup mix, replies " + replies + ": " + frames.length + " frames; a pass counted "
                    + (pass[1].duplicates() - pass[0].duplicates()) + " duplicates, "
                    + (pass[1].processed() - pass[0].processed()) + " processed; " + station.summary());
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void unique(UniqueFeed feed) {
        feed.feed();
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void duplicates(DuplicateFeed feed) {
        feed.feed();
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void mix(MixFeed feed) {
        feed.feed();
    }
}
