package org.meshbridge.server.mqtt;

import java.util.Optional;

/** The MQTT protocol version the bridge speaks ({@code mqtt.version}). */
public enum MqttVersion {
    /** MQTT 3.1.1 (protocol level 4). */
    V3_1_1("3.1.1"),
    /** MQTT 5.0. */
    V5("5");

    private final String code;

    MqttVersion(String code) {
        this.code = code;
    }

    /** How the config writes it: {@code 5} or {@code 3.1.1}. */
    public String code() {
        return code;
    }

    /** {@code 5}, {@code 5.0} or {@code 3.1.1}; empty for anything else. */
    public static Optional<MqttVersion> fromCode(String text) {
        return switch (text) {
            case "5", "5.0" -> Optional.of(V5);
            case "3.1.1" -> Optional.of(V3_1_1);
            default -> Optional.empty();
        };
    }
}
