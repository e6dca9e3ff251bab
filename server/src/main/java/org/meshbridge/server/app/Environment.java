package org.meshbridge.server.app;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.meshbridge.core.time.Scheduler;

/**
 * What a run takes from its surroundings, so tests can hand in virtual time and seeds.
 *
 * @param scheduler the node's clock and single thread: {@code EventLoopScheduler} for real,
 *     {@code ManualScheduler} in tests
 * @param random jitter and backoff (not keys)
 * @param keyRandom where a new identity's key comes from
 */
public record Environment(Scheduler scheduler, RandomGenerator random, SecureRandom keyRandom) {

    public Environment {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(keyRandom, "keyRandom");
    }
}
