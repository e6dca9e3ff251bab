package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How a transmission request ended: every request ends exactly once, sent or dropped with a reason. */
public sealed interface TxOutcome {

    /** When the request ended, on the scheduler clock. */
    Instant endedAt();

    /**
     * The radio reported the frame sent.
     *
     * @param startedAt when it was handed to the radio
     * @param endedAt when the radio reported it done
     * @param timeOnAir the airtime charged to the budget
     * @param queued how long it waited between submission and start
     */
    record Transmitted(Instant startedAt, Instant endedAt, Duration timeOnAir, Duration queued) implements TxOutcome {
        public Transmitted {
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(endedAt, "endedAt");
            Objects.requireNonNull(timeOnAir, "timeOnAir");
            Objects.requireNonNull(queued, "queued");
        }
    }

    /**
     * It was not sent.
     *
     * @param reason why
     * @param endedAt when it was dropped
     */
    record Dropped(DropReason reason, Instant endedAt) implements TxOutcome {
        public Dropped {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(endedAt, "endedAt");
        }
    }
}
