package org.meshbridge.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JitterTest {

    @Test
    void drawsEveryWholeMillisecondFromZeroToTheMaximumInclusive() {
        SplittableRandom random = new SplittableRandom(42);
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            seen.add(Jitter.uniformMillis(random, Duration.ofMillis(5).plusNanos(999_999)));
        }
        assertThat(seen).containsExactlyInAnyOrder(
                Duration.ZERO, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3), Duration.ofMillis(4), Duration.ofMillis(5));
    }

    @Test
    void theSameSeedGivesTheSameDelays() {
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        for (int i = 0; i < 100; i++) {
            assertThat(Jitter.uniformMillis(a, Duration.ofSeconds(3))).isEqualTo(Jitter.uniformMillis(b, Duration.ofSeconds(3)));
        }
        assertThat(Jitter.uniformMillis(a, Duration.ZERO)).isZero();
    }

    @Test
    void refusesANegativeMaximum() {
        assertThatIllegalArgumentException().isThrownBy(() -> Jitter.uniformMillis(new SplittableRandom(1), Duration.ofMillis(-1)));
    }
}
