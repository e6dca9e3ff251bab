package org.meshbridge.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(1));

    @Test
    void eachDelayLiesInTheUpperHalfOfADoublingStepCappedAtTheMaximum() {
        long[] steps = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long step : steps) {
            Duration delay = backoff.next();
            assertThat(delay).isBetween(Duration.ofMillis(step * 500), Duration.ofSeconds(step));
        }
    }

    @Test
    void resetStartsOverAtTheInitialDelay() {
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }

        backoff.reset();

        assertThat(backoff.next()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void theSameSeedGivesTheSameDelays() {
        Backoff twin = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(1));

        for (int i = 0; i < 8; i++) {
            assertThat(backoff.next()).isEqualTo(twin.next());
        }
    }
}
