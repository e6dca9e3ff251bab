package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Objects;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.payload.AckHash;

/** How a sent text message ended: acknowledged by its recipient, or given up on. */
public sealed interface Delivery {

    /** The recipient. */
    Identity recipient();

    /** Attempts made (1 for no retry). */
    int attempts();

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

    /** Every attempt timed out without an ACK. */
    record Failed(Identity recipient, int attempts) implements Delivery {
        public Failed {
            Objects.requireNonNull(recipient, "recipient");
        }
    }
}
