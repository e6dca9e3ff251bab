package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The body of {@code GET /healthz} (a public contract, see {@code docs/http-api.md}):
 * overall status, build version, run mode, uptime and the state of radio, store and MQTT.
 */
@JsonPropertyOrder({"status", "version", "mode", "uptime_s", "radio", "store", "mqtt"})
public record HealthReport(
        String status,
        String version,
        String mode,
        @JsonProperty("uptime_s") long uptimeSeconds,
        ComponentHealth radio,
        ComponentHealth store,
        ComponentHealth mqtt) {

    /** The overall status when the server answers at all and nothing has failed. */
    public static final String STATUS_OK = "ok";

    public HealthReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(radio, "radio");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(mqtt, "mqtt");
        if (uptimeSeconds < 0) {
            throw new IllegalArgumentException("uptimeSeconds < 0: " + uptimeSeconds);
        }
    }
}
