package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;

/**
 * One text a {@link SimCompanion} sends to a contact (a DM, or a post to a room), followed until
 * an ACK for any of its attempts arrives or the retries run out. Read it from the scheduler's
 * thread.
 */
public final class Delivery {

    /** Where a delivery stands. */
    public enum State {
        /** Sent; waiting for an ACK or the next retry. */
        PENDING,
        /** An ACK for one of the attempts arrived. */
        DELIVERED,
        /** Every attempt timed out. */
        FAILED
    }

    /**
     * One transmission of the text.
     *
     * @param number the attempt number in the plaintext (0 first)
     * @param route FLOOD or DIRECT
     * @param expectedAck the ACK that confirms this attempt
     * @param sentAt when it was handed to the radio queue
     * @param timeout the firmware's estimate ({@code est_timeout}) for this attempt
     */
    public record Attempt(int number, RouteType route, AckHash expectedAck, Instant sentAt, Duration timeout) {
    }

    private final String recipient;
    private final String text;
    private final long timestamp;
    private final List<Attempt> attempts = new ArrayList<>();
    private State state = State.PENDING;
    private Instant deliveredAt;
    private Attempt ackedAttempt;

    Delivery(String recipient, String text, long timestamp) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.text = Objects.requireNonNull(text, "text");
        this.timestamp = timestamp;
    }

    public String recipient() {
        return recipient;
    }

    public String text() {
        return text;
    }

    /** The message timestamp, the same on every attempt. */
    public long timestamp() {
        return timestamp;
    }

    public State state() {
        return state;
    }

    /** The attempts so far, oldest first. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** When the first matching ACK arrived. */
    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    /** The attempt whose ACK arrived first. */
    public Optional<Attempt> ackedAttempt() {
        return Optional.ofNullable(ackedAttempt);
    }

    void addAttempt(Attempt attempt) {
        attempts.add(attempt);
    }

    void acked(Attempt attempt, Instant at) {
        if (state != State.DELIVERED) {
            state = State.DELIVERED;
            deliveredAt = at;
            ackedAttempt = attempt;
        }
    }

    void failed() {
        if (state == State.PENDING) {
            state = State.FAILED;
        }
    }

    @Override
    public String toString() {
        return "Delivery[to " + recipient + " \"" + text + "\" " + state + ", " + attempts.size() + " attempts]";
    }
}
