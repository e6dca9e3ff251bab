package org.meshbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link NodeReceiveBenchmark} scenarios timed by the CPU time of the feeding thread instead of
 * the wall clock (no JMH): frames per CPU-second is what one core can do, and it holds up when
 * other processes share the machine, which wall-clock throughput does not. Same node, streams and
 * setup checks as the JMH benchmark. Each scenario: warm-up of {@code WARMUP_ROUNDS}, then
 * {@code ROUNDS} rounds of {@code FRAMES_PER_ROUND}; prints the median and the range of the rounds.
 * Run: {@code java -Xms1g -Xmx1g -cp bench/target/benchmarks.jar org.meshbridge.bench.NodeReceiveCpuTime}.
 */
public final class NodeReceiveCpuTime {

    static final int WARMUP_ROUNDS = 10;
    static final int ROUNDS = 9;
    static final int FRAMES_PER_ROUND = 200_000;

    private NodeReceiveCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Supplier<NodeReceiveBenchmark.Feed>> scenarios = new LinkedHashMap<>();
        for (String pool : List.of("corpus", "corpusNoAdverts", "addressed")) {
            scenarios.put("unique, pool=" + pool, () -> {
                NodeReceiveBenchmark.UniqueFeed feed = new NodeReceiveBenchmark.UniqueFeed();
                feed.pool = pool;
                feed.setUp();
                return feed;
            });
        }
        scenarios.put("duplicates", () -> {
            NodeReceiveBenchmark.DuplicateFeed feed = new NodeReceiveBenchmark.DuplicateFeed();
            feed.setUp();
            return feed;
        });
        for (String replies : List.of("on", "off")) {
            scenarios.put("mix, replies=" + replies, () -> {
                NodeReceiveBenchmark.MixFeed feed = new NodeReceiveBenchmark.MixFeed();
                feed.replies = replies;
                feed.setUp();
                return feed;
            });
        }
        List<String> table = new ArrayList<>();
        table.add("| scenario | frames per CPU-second (median of " + ROUNDS + ") | min | max |");
        table.add("|---|---:|---:|---:|");
        scenarios.forEach((name, setup) -> {
            NodeReceiveBenchmark.Feed feed = setup.get();
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                round(feed);
            }
            double[] rates = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = threads.getCurrentThreadCpuTime();
                round(feed);
                rates[i] = FRAMES_PER_ROUND * 1e9 / (threads.getCurrentThreadCpuTime() - start);
            }
            java.util.Arrays.sort(rates);
            table.add(String.format("| %s | %,.0f | %,.0f | %,.0f |", name, rates[ROUNDS / 2], rates[0], rates[ROUNDS - 1]));
            feed.report();
        });
        System.out.println();
        table.forEach(System.out::println);
    }

    private static void round(NodeReceiveBenchmark.Feed feed) {
        for (int n = 0; n < FRAMES_PER_ROUND; n += NodeReceiveBenchmark.FRAMES) {
            feed.feed();
        }
    }
}
