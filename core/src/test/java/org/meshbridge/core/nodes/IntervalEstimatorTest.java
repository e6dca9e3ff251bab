package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalEstimatorTest {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    static Instant at(int minutes, int seconds) {
        return T0.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds);
    }

    @Test
    void lostAndExtraAdvertsDoNotMoveTheMedian() {
        IntervalEstimator e = new IntervalEstimator();
        assertThat(e.heard(at(0, 0))).isEmpty();
        assertThat(e.heard(at(10, 0))).as("one gap is not enough").isEmpty();
        assertThat(e.heard(at(20, 3))).contains(Duration.ofMinutes(10));
        e.heard(at(40, 0)); // one advert lost
        e.heard(at(43, 0)); // a manual advert
        e.heard(at(43, 10)); // a double press: under 20 s, not a sample
        e.heard(at(50, 0));
        assertThat(e.estimate()).as("gaps 10, 10:03, 19:57, 3, 7:10").contains(Duration.ofMinutes(10));
    }

    @Test
    void aGapAcrossADeafTimeIsNotMeasuredAndOnlyTheLastEightCount() {
        IntervalEstimator e = new IntervalEstimator();
        for (int i = 0; i <= 3; i++) {
            e.heard(at(i * 10, 0));
        }
        e.breakSequence();
        e.heard(at(200, 0));
        assertThat(e.estimate()).contains(Duration.ofMinutes(10));
        for (int i = 1; i <= 8; i++) {
            e.heard(at(200 + i * 2, 0));
        }
        assertThat(e.estimate()).as("the 10-minute gaps were pushed out").contains(Duration.ofMinutes(2));
        assertThat(e.heard(at(100, 0))).as("an arrival out of order changes nothing").contains(Duration.ofMinutes(2));
    }
}
