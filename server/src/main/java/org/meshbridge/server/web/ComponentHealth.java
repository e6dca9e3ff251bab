package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One component's entry in {@code /healthz}: {@code {"state":"none"}}, and for the store also
 * where it is ({@code url}, never with its query string) and how many posts wait for the writer
 * ({@code queued}). MQTT also says why it is down ({@code detail}) and how many messages the full
 * outbox dropped ({@code overflow}); {@code queued} is then its backlog.
 */
@JsonPropertyOrder({"state", "url", "queued", "overflow", "detail"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentHealth(ComponentState state, String url, Integer queued, Long overflow, String detail) {

    /** The component does not exist in this run. */
    public static final ComponentHealth NONE = new ComponentHealth(ComponentState.NONE);

    /** The component is switched off. */
    public static final ComponentHealth DISABLED = new ComponentHealth(ComponentState.DISABLED);

    public ComponentHealth {
        Objects.requireNonNull(state, "state");
    }

    public ComponentHealth(ComponentState state) {
        this(state, null, null);
    }

    /** A component without overflow or detail (the store). */
    public ComponentHealth(ComponentState state, String url, Integer queued) {
        this(state, url, queued, null, null);
    }
}
