package org.meshbridge.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void nearestRankPercentilesOverTheClientsThatGotIt() {
        long sent = 1_000_000_000L;
        // clients 1..100 arrive 1..100 ms after the send; one more never arrives
        long[] arrivals = LongStream.concat(LongStream.rangeClosed(1, 100).map(ms -> sent + ms * 1_000_000),
                LongStream.of(0)).toArray();
        Latency latency = Latency.of(sent, arrivals);
        assertThat(latency.clients()).isEqualTo(101);
        assertThat(latency.received()).isEqualTo(100);
        assertThat(latency.p50Millis()).isEqualTo(50.0);
        assertThat(latency.p99Millis()).isEqualTo(99.0);
        assertThat(latency.maxMillis()).isEqualTo(100.0);
        assertThat(latency.row("1")).isEqualTo("| 1 | 100/101 | 50.0 | 99.0 | 100.0 |");
    }

    @Test
    void noArrivalsGiveNoFigures() {
        Latency latency = Latency.of(5, new long[3]);
        assertThat(latency.received()).isZero();
        assertThat(latency.p99Millis()).isNaN();
    }
}
