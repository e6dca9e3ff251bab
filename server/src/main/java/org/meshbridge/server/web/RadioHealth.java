package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The {@code radio} entry of {@code /healthz}: {@code {"state":"up","id":"kiss0","type":"kiss",
 * "detail":"KISS modem v1 on /dev/ttyUSB0"}}, or {@code {"state":"none"}} when there is no radio.
 *
 * @param state none, connecting, up, down or closed
 * @param id the link id; null without a radio
 * @param type the configured {@code radio.type}; null without a radio
 * @param detail what the link talks to when up, why it is down; null otherwise
 * @param links with several links (remote gateways), each one; omitted when empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"state", "id", "type", "detail", "links"})
public record RadioHealth(ComponentState state, String id, String type, String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RadioLinkHealth> links) {

    /** No radio in this run. */
    public static final RadioHealth NONE = new RadioHealth(ComponentState.NONE, null, null, null);

    public RadioHealth {
        Objects.requireNonNull(state, "state");
        links = List.copyOf(links);
    }

    /** A run with one link (or none). */
    public RadioHealth(ComponentState state, String id, String type, String detail) {
        this(state, id, type, detail, List.of());
    }
}
