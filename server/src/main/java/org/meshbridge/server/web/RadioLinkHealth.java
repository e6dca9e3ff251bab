package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.meshbridge.core.radio.LinkState;

/**
 * One link in the {@code links} list of the {@code radio} entry of {@code /healthz} (remote
 * gateways: one per configured gateway): {@code {"state":"up","id":"gw-hilltop","detail":"KISS
 * modem on /dev/ttyUSB0"}}.
 *
 * @param state connecting, up, down or closed
 * @param id the link id ({@code gw-<gateway id>})
 * @param detail what the link talks to when up, why it is down; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"state", "id", "detail"})
public record RadioLinkHealth(ComponentState state, String id, String detail) {

    public RadioLinkHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(id, "id");
    }

    /** The entry of link {@code id} in {@code state}. */
    public static RadioLinkHealth of(String id, LinkState state) {
        if (state instanceof LinkState.Up up) {
            return new RadioLinkHealth(ComponentState.UP, id, up.detail());
        } else if (state instanceof LinkState.Down down) {
            return new RadioLinkHealth(ComponentState.DOWN, id, down.reason());
        } else if (state instanceof LinkState.Closed) {
            return new RadioLinkHealth(ComponentState.CLOSED, id, null);
        }
        return new RadioLinkHealth(ComponentState.CONNECTING, id, null);
    }
}
