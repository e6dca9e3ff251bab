package org.meshbridge.core.companion;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A direct message on its way ({@code RESP_CODE_SENT}).
 *
 * @param expectedAck the 4-byte ACK code of its first attempt, which the app matches the confirmation by
 * @param flood whether it went out flooded (no path known)
 * @param estimatedTimeout how long the first attempt waits for its ACK
 * @param delivery completes on the scheduler thread when it was acknowledged or given up; a message to
 *     a room or companion hosted here is delivered at once
 * @param deliveredLate completes on the scheduler thread if, after {@code delivery} completed with
 *     a failure for want of an ACK, the ACK still arrived within the node's late-ACK grace (a
 *     firmware companion keeps expected ACKs in a table and confirms them whenever they come);
 *     never completes otherwise
 */
public record OutgoingText(Bytes expectedAck, boolean flood, Duration estimatedTimeout, CompletionStage<Delivery> delivery,
                           CompletionStage<Delivery.DeliveredLate> deliveredLate) {

    public OutgoingText {
        Objects.requireNonNull(expectedAck, "expectedAck");
        Objects.requireNonNull(estimatedTimeout, "estimatedTimeout");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(deliveredLate, "deliveredLate");
    }

    /** A message that can never be confirmed late (to a room or companion hosted here, or untracked). */
    public OutgoingText(Bytes expectedAck, boolean flood, Duration estimatedTimeout, CompletionStage<Delivery> delivery) {
        this(expectedAck, flood, estimatedTimeout, delivery, new CompletableFuture<>());
    }
}
