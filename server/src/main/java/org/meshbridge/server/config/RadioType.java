package org.meshbridge.server.config;

import java.util.Optional;

/** {@code radio.type}: what the node transmits and listens through. */
public enum RadioType {
    /** The simulated mesh of the demo ({@code core.radio.sim.DemoMesh}): no hardware. */
    SIM("sim"),
    /** A MeshCore KISS modem on a serial port or {@code tcp://host:port}. */
    KISS("kiss"),
    /** A stock MeshCore companion radio in raw mode (firmware v1.16 or newer). */
    COMPANION("companion"),
    /** No radio: the HTTP side runs, nothing is heard or sent. */
    NONE("none"),
    /** Remote radio gateways ({@code meshbridge gateway}) connecting over WebSocket, one link each. */
    GATEWAY("gateway");

    private final String code;

    RadioType(String code) {
        this.code = code;
    }

    /** The spelling in the config file and in {@code /healthz}, e.g. {@code kiss}. */
    public String code() {
        return code;
    }

    /** True for the types that need {@code radio.device}. */
    public boolean needsDevice() {
        return this == KISS || this == COMPANION;
    }

    /** The type spelled {@code code}; empty for anything else. */
    public static Optional<RadioType> fromCode(String code) {
        for (RadioType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
