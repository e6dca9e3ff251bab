package org.meshbridge.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.accounts.SchedulerClock;

/** Token buckets on virtual time. */
class RateLimiterTest {

    private final ManualScheduler time = new ManualScheduler();

    @Test
    void aBurstGoesThroughThenOneTokenPerInterval() {
        RateLimiter limiter = new RateLimiter(new RateLimit(30, 3), SchedulerClock.of(time), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        time.advance(Duration.ofMillis(1999));
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        time.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        time.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void theKeyTableStaysBounded() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), SchedulerClock.of(time), 100);
        for (int i = 0; i < 10_000; i++) {
            limiter.tryAcquire("key" + i);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(100);
    }
}
