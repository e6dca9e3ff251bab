package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One direct message between an account's mesh identity and a node.
 *
 * @param id unique per account, increasing
 * @param nodeId the other node's public key, lowercase hex
 * @param direction {@code in} (from the node) or {@code out} (from the account)
 * @param time ISO-8601 UTC
 * @param state for {@code out}: pending, sent, delivered (ACK heard) or failed; for {@code in}: received
 * @param attempts transmissions so far (retries included)
 */
@JsonPropertyOrder({"id", "node_id", "direction", "time", "text", "state", "attempts"})
public record DmView(long id, @JsonProperty("node_id") String nodeId, String direction, String time, String text,
                     String state, int attempts) {

    public DmView {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
    }
}
