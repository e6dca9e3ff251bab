package org.meshbridge.bench.fanout;

import java.util.Arrays;
import java.util.Locale;

/**
 * One round's delivery latencies: from just before the post left the generator to each client's
 * read of it, nearest-rank percentiles over the clients that got it.
 */
record Latency(int clients, int received, double p50Millis, double p99Millis, double maxMillis) {

    /** The latencies of {@code arrivals} (0 = not arrived) against {@code sentNanos}. */
    static Latency of(long sentNanos, long[] arrivals) {
        long[] deltas = Arrays.stream(arrivals).filter(at -> at != 0).map(at -> at - sentNanos).sorted().toArray();
        if (deltas.length == 0) {
            return new Latency(arrivals.length, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latency(arrivals.length, deltas.length, millis(rank(deltas, 0.50)), millis(rank(deltas, 0.99)),
                millis(deltas[deltas.length - 1]));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** A markdown table row: {@code | label | received/clients | p50 | p99 | max |}. */
    String row(String label) {
        return String.format(Locale.ROOT, "| %s | %d/%d | %.1f | %.1f | %.1f |", label, received, clients, p50Millis,
                p99Millis, maxMillis);
    }
}
