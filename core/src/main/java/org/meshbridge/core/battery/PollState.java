package org.meshbridge.core.battery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the poll of one node stands.
 *
 * @param failures unanswered polls in a row (0 after an answer)
 * @param nextPoll when it is asked next
 * @param lastAnswer when it last answered
 */
public record PollState(int failures, Instant nextPoll, Optional<Instant> lastAnswer) {

    public PollState {
        Objects.requireNonNull(nextPoll, "nextPoll");
        Objects.requireNonNull(lastAnswer, "lastAnswer");
    }
}
