package org.meshbridge.server.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.radio.SignalReport;

/**
 * Where each account's direct-message conversations are kept, so they outlive the process (the
 * server's is {@code JdbcDmStore}, in the posts' database). Writes return at once and complete
 * once durable, in call order; reads block. Each conversation keeps its newest
 * {@link Bounds#perConversation()} messages and each account its newest {@link Bounds#perAccount()}.
 * Thread-safe.
 */
public interface DmStore {

    /** Who wrote a message: the node ({@code in}) or the account ({@code out}). */
    enum Direction {
        IN, OUT;

        /** As in the API and the database. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Direction of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** Where a message stands: outgoing ones go from pending to delivered or failed; incoming ones are received. */
    enum State {
        PENDING, DELIVERED, FAILED, RECEIVED;

        /** As in the API and the database. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * How many messages are kept: the newest {@code perConversation} of each conversation and,
     * across all of an account's conversations, its newest {@code perAccount}.
     */
    record Bounds(int perConversation, int perAccount) {

        /** 200 per conversation (a full page of the API), 10,000 per account. */
        public static final Bounds DEFAULT = new Bounds(200, 10_000);

        public Bounds {
            if (perConversation < 1 || perAccount < perConversation) {
                throw new IllegalArgumentException("keep at least one message per conversation and at least as many per "
                        + "account, was " + perConversation + " and " + perAccount);
            }
        }
    }

    /**
     * One message as kept.
     *
     * @param id unique per account, increasing
     * @param peer the node's public key, lowercase hex
     * @param at when the server sent ({@code out}) or received ({@code in}) it
     * @param senderTimestamp for {@code in}: the sender's clock, epoch seconds
     * @param attempts transmissions so far ({@code out}), 1 for {@code in}
     * @param signal how an incoming message was heard, when it crossed the radio
     * @param pathLen the flood path length byte an incoming message came with
     */
    record StoredDm(long id, String peer, Direction direction, String text, Instant at, OptionalLong senderTimestamp,
                    State state, int attempts, Optional<SignalReport> signal, OptionalInt pathLen) {

        public StoredDm {
            Objects.requireNonNull(peer, "peer");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(senderTimestamp, "senderTimestamp");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(pathLen, "pathLen");
        }

        /** A message the account sends now: pending, no attempt yet. */
        public static StoredDm outgoing(long id, String peer, String text, Instant at) {
            return new StoredDm(id, peer, Direction.OUT, text, at, OptionalLong.empty(), State.PENDING, 0,
                    Optional.empty(), OptionalInt.empty());
        }

        /** The same message in another delivery state. */
        public StoredDm withState(State newState, int newAttempts) {
            return new StoredDm(id, peer, direction, text, at, senderTimestamp, newState, newAttempts, signal, pathLen);
        }

        /** As the API shows it. */
        public DmView view() {
            return new DmView(id, peer, direction.code(), at.toString(), text, state.code(), attempts);
        }
    }

    /** A conversation: its newest message and how many incoming ones the account has not opened. */
    record Head(StoredDm last, int unread) {
    }

    /**
     * Marks every message still pending as failed (whoever sent it no longer follows its ACK) and
     * returns the highest id in use, 0 when none; once, before any other call. Blocks.
     */
    long recover(Instant now);

    /**
     * Keeps {@code message} (incoming ones count as unread), then drops what is beyond the bounds.
     * An incoming message already kept (same node, sender timestamp and text) is not kept again:
     * a companion inbox that another app had not finished reading hands it over again after a restart.
     *
     * @return completes with whether the message was kept (false for such a repeat)
     */
    CompletionStage<Boolean> add(String account, StoredDm message);

    /** Records message {@code id}'s new delivery state; a message no longer kept is ignored. */
    CompletionStage<Void> updateDelivery(String account, long id, State state, int attempts, Instant at);

    /** The newest {@code limit} messages with {@code peer} whose id is below {@code beforeId}, newest first. */
    List<StoredDm> page(String account, String peer, long beforeId, int limit);

    /** Each conversation's head, newest first. */
    List<Head> conversations(String account);

    /** Clears the unread count of the conversation with {@code peer}. */
    CompletionStage<Void> markRead(String account, String peer);
}
