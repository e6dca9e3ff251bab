package org.meshbridge.server.cli;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.radio.CompanionRawLink;
import org.meshbridge.server.radio.DeviceAddress;
import org.meshbridge.server.radio.KissModemLink;
import org.meshbridge.server.radio.LinkTiming;

/**
 * The radio a gateway owns, as its options name it: the adapter type, where it is attached, and the
 * LoRa parameters (configured on a KISS modem; used for airtime with a companion radio).
 *
 * @param type {@code kiss} or {@code companion}
 * @param device checked with {@link DeviceAddress#parse}
 */
record RadioChoice(String type, DeviceAddress device, RadioParameters modulation) {

    /** A MeshCore KISS modem. */
    static final String KISS = "kiss";
    /** A stock companion radio in raw mode (firmware v1.16 or newer). */
    static final String COMPANION = "companion";

    RadioChoice {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(modulation, "modulation");
        type = Objects.requireNonNull(type, "type").toLowerCase(Locale.ROOT);
        if (!type.equals(KISS) && !type.equals(COMPANION)) {
            throw new IllegalArgumentException("radio type must be kiss or companion, not '" + type + "'");
        }
    }

    /** The link, not started yet; it reconnects on its own with backoff. */
    RadioLink open(Scheduler scheduler) {
        if (type.equals(KISS)) {
            return new KissModemLink("kiss0", device, modulation, scheduler, new SecureRandom(), LinkTiming.DEFAULTS);
        }
        return new CompanionRawLink("companion0", device, modulation, scheduler, new SecureRandom(), LinkTiming.DEFAULTS);
    }
}
