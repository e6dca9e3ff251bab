package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The {@code radio} entry of {@code /healthz}: {@code {"state":"up","id":"kiss0","type":"kiss",
 * "detail":"KISS modem v1 on /dev/ttyUSB0"}}, or {@code {"state":"none"}} when there is no radio.
 *
 * @param state none, connecting, up, down or closed
 * @param id the link id; null without a radio
 * @param type the configured {@code radio.type}; null without a radio
 * @param detail what the link talks to when up, why it is down; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"state", "id", "type", "detail"})
public record RadioHealth(ComponentState state, String id, String type, String detail) {

    /** No radio in this run. */
    public static final RadioHealth NONE = new RadioHealth(ComponentState.NONE, null, null, null);

    public RadioHealth {
        Objects.requireNonNull(state, "state");
    }
}
