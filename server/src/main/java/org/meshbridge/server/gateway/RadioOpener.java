package org.meshbridge.server.gateway;

import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.time.Scheduler;

/**
 * Opens the radio a gateway owns from its {@code --radio DEVICE} (a serial port or
 * {@code tcp://host:port}). The returned link is not started yet; the gateway client starts it.
 */
@FunctionalInterface
public interface RadioOpener {

    /**
     * @param scheduler the gateway's scheduler, for links that need a clock
     * @throws IllegalArgumentException with one line that says what is wrong with {@code device}
     */
    RadioLink open(String device, Scheduler scheduler);

    /**
     * The opener of this build. The serial/TCP KISS and companion adapters are not part of it yet, so
     * every device is refused with a message that says so.
     */
    static RadioOpener available() {
        return (device, scheduler) -> {
            throw new IllegalArgumentException("cannot open radio '" + device + "': this build has no serial or"
                    + " TCP radio adapter yet (KISS modem and companion links are not merged); see docs/gateways.md");
        };
    }
}
