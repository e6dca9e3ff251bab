package org.meshbridge.core.airtime;

import java.time.Duration;

/**
 * Time-on-air of one LoRa frame on the link's modulation. The composition root plugs in the
 * protocol library's LoRa formula for the link's {@code LoraModulation}; tests use simple linear
 * models so budgets come out in round figures.
 */
@FunctionalInterface
public interface AirtimeEstimator {

    /**
     * How long a frame of {@code packetBytes} occupies the air.
     *
     * @param packetBytes 1 to 255
     * @return strictly positive
     */
    Duration timeOnAir(int packetBytes);
}
