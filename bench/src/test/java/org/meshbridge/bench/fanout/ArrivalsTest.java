package org.meshbridge.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void onlyTheArmedRoundCountsAndRepeatsAreDuplicates() throws Exception {
        Arrivals arrivals = new Arrivals(2);
        arrivals.arm(3);
        arrivals.arrived(0, 10, "{\"type\":\"post\",\"text\":\"fanout-2- sent 1\"}");
        arrivals.arrived(0, 11, "{\"type\":\"welcome\"}");
        assertThat(arrivals.await(0)).isFalse();
        arrivals.arrived(0, 12, "{\"text\":\"fanout-3- sent 1\"}");
        arrivals.arrived(0, 13, "{\"text\":\"fanout-3- sent 1\"}");
        arrivals.arrived(1, 14, "fanout-3- sent 1".getBytes(StandardCharsets.UTF_8));
        assertThat(arrivals.await(0)).isTrue();
        assertThat(arrivals.times()).containsExactly(12, 14);
        assertThat(arrivals.duplicates()).isEqualTo(1);
    }

    @Test
    void theRoundIsReadAfterTheMarker() {
        assertThat(Arrivals.roundOf("x fanout-42- y")).isEqualTo(42);
        assertThat(Arrivals.roundOf("fanout-")).isEqualTo(-1);
        assertThat(Arrivals.roundOf("nothing")).isEqualTo(-1);
    }
}
