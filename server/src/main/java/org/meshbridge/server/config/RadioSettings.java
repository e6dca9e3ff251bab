package org.meshbridge.server.config;

import java.util.List;
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
 *     estimate; default {@link RadioParameters#MESHCORE_DEFAULT} (869.618 MHz, 62.5 kHz, SF 8, CR 4/5);
 *     unused for {@code gateway}, whose gateways report their own
 * @param gateways the remote gateways accepted, for {@code gateway} (at least one); empty for the others
 */
public record RadioSettings(RadioType type, Optional<DeviceAddress> device, RadioParameters parameters,
        List<GatewaySettings> gateways) {

    public RadioSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(parameters, "parameters");
        gateways = List.copyOf(gateways);
        if (type.needsDevice() != device.isPresent()) {
            throw new IllegalArgumentException("a device goes with kiss and companion radios only: " + type + " " + device);
        }
        if ((type == RadioType.GATEWAY) == gateways.isEmpty()) {
            throw new IllegalArgumentException("gateways go with type gateway only, and it needs one: " + type + " " + gateways);
        }
    }

    /** A radio of a type other than {@code gateway}. */
    public RadioSettings(RadioType type, Optional<DeviceAddress> device, RadioParameters parameters) {
        this(type, device, parameters, List.of());
    }

    /** The simulated mesh with MeshCore's default radio settings: what the demo runs on. */
    public static final RadioSettings SIM = new RadioSettings(RadioType.SIM, Optional.empty(), RadioParameters.MESHCORE_DEFAULT);
}
