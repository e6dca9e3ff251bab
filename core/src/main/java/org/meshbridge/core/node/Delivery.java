package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Objects;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.payload.AckHash;

/**
 * How a sent text message ended: acknowledged by its recipient, or given up on. A message ends
 * once ({@link Delivered} or {@link Failed}, the value its {@code CompletionStage} completes with);
 * a message that failed for want of an ACK may later be reported {@link DeliveredLate} to
 * {@link NodeListener#onDelivery} when its ACK still arrives within
 * {@link RetryPolicy#lateAckGrace()}.
 */
public sealed interface Delivery {

    /** The recipient. */
    Identity recipient();

    /** Attempts made (1 for no retry; 0 when none could be sent). */
    int attempts();

    /** Why a message was given up on. */
    enum FailureReason {
        /** Every attempt went out and none was ACKed in time. */
        NO_ACK,
        /** No radio link was up when an attempt was due, so it could not be sent at all. */
        NO_LINK_UP
    }

    /**
     * The recipient's ACK arrived.
     *
     * @param ack the ACK hash that matched (that of the attempt it answered)
     * @param roundTrip from handing that attempt to the radio queue to the ACK
     */
    record Delivered(Identity recipient, int attempts, AckHash ack, Duration roundTrip) implements Delivery {
        public Delivered {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(ack, "ack");
            Objects.requireNonNull(roundTrip, "roundTrip");
        }
    }

    /**
     * The message was given up on.
     *
     * @param reason why: no ACK after every attempt, or no link up to send on
     */
    record Failed(Identity recipient, int attempts, FailureReason reason) implements Delivery {
        public Failed {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(reason, "reason");
        }

        /** Failed for want of an ACK. */
        public Failed(Identity recipient, int attempts) {
            this(recipient, attempts, FailureReason.NO_ACK);
        }
    }

    /**
     * An ACK for a message already reported {@link Failed} ({@link FailureReason#NO_ACK}) arrived
     * within the grace window: the recipient did get it. Reported to listeners only; the message's
     * stage has already completed with the failure.
     *
     * @param ack the ACK hash that matched
     * @param roundTrip from handing that attempt to the radio queue to the ACK
     * @param afterGivingUp from the failure report to the ACK
     */
    record DeliveredLate(Identity recipient, int attempts, AckHash ack, Duration roundTrip, Duration afterGivingUp)
            implements Delivery {
        public DeliveredLate {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(ack, "ack");
            Objects.requireNonNull(roundTrip, "roundTrip");
            Objects.requireNonNull(afterGivingUp, "afterGivingUp");
        }
    }
}
