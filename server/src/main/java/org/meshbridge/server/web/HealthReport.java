package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The body of {@code GET /healthz} (a public contract, see {@code docs/http-api.md}): overall
 * status, build version, run mode, uptime, the radio link, the node's counters, store and MQTT.
 */
@JsonPropertyOrder({"status", "version", "mode", "uptime_s", "radio", "node", "store", "mqtt"})
public record HealthReport(
        String status,
        String version,
        String mode,
        @JsonProperty("uptime_s") long uptimeSeconds,
        RadioHealth radio,
        @JsonInclude(JsonInclude.Include.NON_NULL) NodeHealth node,
        ComponentHealth store,
        ComponentHealth mqtt) {

    /** The overall status when nothing has failed. */
    public static final String STATUS_OK = "ok";
    /** The overall status while the configured radio is not up: the server answers, the mesh does not. */
    public static final String STATUS_DEGRADED = "degraded";

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

    /** {@link #STATUS_OK} unless a configured radio is not up. */
    public static String statusFor(RadioHealth radio) {
        return radio.state() == ComponentState.NONE || radio.state() == ComponentState.UP ? STATUS_OK : STATUS_DEGRADED;
    }
}
