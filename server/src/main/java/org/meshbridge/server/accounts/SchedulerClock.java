package org.meshbridge.server.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.meshbridge.core.time.Scheduler;

/** A UTC {@link Clock} that reads a {@link Scheduler}'s time: virtual in tests, the node's clock in the server. */
public final class SchedulerClock extends Clock {

    private final Scheduler scheduler;

    private SchedulerClock(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public static Clock of(Scheduler scheduler) {
        return new SchedulerClock(Objects.requireNonNull(scheduler, "scheduler"));
    }

    @Override
    public Instant instant() {
        return scheduler.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
