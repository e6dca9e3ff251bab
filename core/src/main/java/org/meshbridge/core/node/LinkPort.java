package org.meshbridge.core.node;

import java.util.Objects;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.radio.RadioLink;

/**
 * One radio link the node uses, with the airtime scheduler every transmission on it passes and
 * the time-on-air model the node's firmware timings (retransmit delays, ACK timeouts) use.
 */
record LinkPort(RadioLink link, AirtimeScheduler airtime, AirtimeEstimator estimator) {

    LinkPort {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(airtime, "airtime");
        Objects.requireNonNull(estimator, "estimator");
    }

    String id() {
        return link.id();
    }

    /** The firmware's {@code getEstAirtimeFor(len)}: whole milliseconds. */
    long airtimeMillis(int packetBytes) {
        return estimator.timeOnAir(Math.max(1, Math.min(packetBytes, 255))).toMillis();
    }
}
