package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonValue;

/** The state of one component in {@code /healthz}, as the JSON string operators match on. */
public enum ComponentState {
    /** The component does not exist in this run (no radio, no store). */
    NONE("none"),
    /** The component exists but is switched off (e.g. MQTT without {@code mqtt.enabled}). */
    DISABLED("disabled"),
    /** Opening the device or connecting, first or again. */
    CONNECTING("connecting"),
    /** Working. */
    UP("up"),
    /** Lost or refused; retrying by itself. */
    DOWN("down"),
    /** Stopped for good (the server is shutting down). */
    CLOSED("closed");

    private final String code;

    ComponentState(String code) {
        this.code = code;
    }

    /** The JSON spelling, e.g. {@code "none"}. */
    @JsonValue
    public String code() {
        return code;
    }
}
