package org.meshbridge.core.airtime;

import java.time.Duration;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.protocol.airtime.TimeOnAir;

/**
 * Time-on-air of one LoRa frame on the link's modulation. Real links use {@link #lora}, the
 * protocol library's Semtech formula; tests use simple linear models so budgets come out in
 * round figures.
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

    /** The Semtech/RadioLib time-on-air for frames sent with {@code radio}'s settings. */
    static AirtimeEstimator lora(RadioParameters radio) {
        var modulation = radio.modulation();
        return packetBytes -> TimeOnAir.duration(modulation, packetBytes);
    }
}
