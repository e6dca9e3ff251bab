package org.meshbridge.core.companion;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * One companion's direct messages tracked over RF.
 *
 * <p>Resends: a firmware companion does not retry; the app does, sending the same text with the
 * same timestamp and a higher {@code attempt} ({@code CMD_SEND_TXT_MSG}). Here the node already
 * retries each message itself, so a resend of a message the node is still retrying joins that
 * message (same expected ACK, same delivery) instead of starting a second stream of transmissions.
 * Once the message is delivered or given up, a resend is sent anew.
 *
 * <p>Late ACKs: the node reports an ACK that arrives after it gave up as
 * {@link Delivery.DeliveredLate}, naming the ACK of the attempt it answered; this maps it back to
 * the message (whose attempts the node numbers from 0) so the app still gets its confirmation.
 * Confined to the scheduler thread.
 */
final class TrackedSends {

    /** Attempt numbers whose ACKs are recognised for late confirmation (the node's retry policy stays below this). */
    static final int ATTEMPTS_RECOGNISED = 8;
    private static final int LATE_CAPACITY = 512;

    /** What identifies a message across the app's resends. */
    record Key(Bytes recipient, long timestamp, int txtType, String text) {
    }

    private final Map<Key, OutgoingText> inFlight = new HashMap<>();
    private final Map<Bytes, CompletableFuture<Delivery.DeliveredLate>> late = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, CompletableFuture<Delivery.DeliveredLate>> eldest) {
            return size() > LATE_CAPACITY;
        }
    };

    /** The message with this key the node is still retrying, if any. */
    Optional<OutgoingText> inFlight(Key key) {
        return Optional.ofNullable(inFlight.get(key));
    }

    /** Messages the node is still retrying. */
    int inFlightCount() {
        return inFlight.size();
    }

    /**
     * Tracks a message just handed to the node.
     *
     * @param content its first attempt
     * @param sender the sender's public key (hashed into each attempt's ACK)
     */
    OutgoingText track(Key key, TextMessageContent content, Bytes sender, OutgoingText sent) {
        CompletableFuture<Delivery.DeliveredLate> lateStage = new CompletableFuture<>();
        Bytes[] acks = new Bytes[ATTEMPTS_RECOGNISED];
        for (int attempt = 0; attempt < ATTEMPTS_RECOGNISED; attempt++) {
            try {
                acks[attempt] = AckHash.forPlainText(new TextMessageContent(content.timestamp(), content.txtTypeCode(), attempt,
                        content.authorPrefix(), content.text()), sender).value();
            } catch (IllegalArgumentException tooLongWithThatAttempt) {
                break;
            }
        }
        OutgoingText tracked = new OutgoingText(sent.expectedAck(), sent.flood(), sent.estimatedTimeout(), sent.delivery(),
                lateStage);
        inFlight.put(key, tracked);
        sent.delivery().whenComplete((delivery, error) -> {
            inFlight.remove(key, tracked);
            if (delivery instanceof Delivery.Failed failed && failed.reason() == Delivery.FailureReason.NO_ACK) {
                for (Bytes ack : acks) {
                    if (ack != null) {
                        late.put(ack, lateStage);
                    }
                }
            }
        });
        return tracked;
    }

    /** The node reported a late ACK for one of this companion's messages. */
    void deliveredLate(Delivery.DeliveredLate delivery) {
        CompletableFuture<Delivery.DeliveredLate> stage = late.remove(delivery.ack().value());
        if (stage != null) {
            late.values().removeIf(s -> s == stage);
            stage.complete(delivery);
        }
    }
}
