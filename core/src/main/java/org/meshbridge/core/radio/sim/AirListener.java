package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/** Watches the {@link SimulatedAir}: a sniffer for tests and the demo. Called on the air's scheduler. */
public interface AirListener {

    /** {@code sender} started putting {@code frame} on the air. */
    void onTransmit(String sender, Bytes frame, Instant startedAt, Duration timeOnAir);

    /**
     * A frame ended at {@code receiver}: delivered when {@code lostTo} is empty. Only receivers
     * with a link from the sender are reported.
     */
    default void onReception(String sender, String receiver, Bytes frame, Optional<LossReason> lostTo) {
    }
}
