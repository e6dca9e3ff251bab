package org.meshbridge.server.config;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.server.radio.DeviceAddress;

/**
 * The {@code radio} section.
 *
 * @param type what the node uses as its radio; required in a config file
 * @param device where a {@code kiss} or {@code companion} radio is attached; empty for the others
 * @param parameters the LoRa settings: set on a KISS modem, and the basis of every airtime
 *     estimate; default {@link RadioParameters#MESHCORE_DEFAULT} (869.618 MHz, 62.5 kHz, SF 8, CR 4/5)
 */
public record RadioSettings(RadioType type, Optional<DeviceAddress> device, RadioParameters parameters) {

    public RadioSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(parameters, "parameters");
        if (type.needsDevice() != device.isPresent()) {
            throw new IllegalArgumentException("a device goes with kiss and companion radios only: " + type + " " + device);
        }
    }

    /** The simulated mesh with MeshCore's default radio settings: what the demo runs on. */
    public static final RadioSettings SIM = new RadioSettings(RadioType.SIM, Optional.empty(), RadioParameters.MESHCORE_DEFAULT);
}
