package org.meshbridge.server.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.NodeSnapshot;

/**
 * The JSON body of an alert as webhooks receive it ({@code docs/monitoring.md}, "Webhooks"):
 *
 * <pre>{@code
 * {"schema":1,"kind":"node_silent","subject":"<node id or component>","node_id":"<id>|null",
 *  "name":"Hill repeater","at":"2025-01-01T02:10:00Z","reason":"not heard for 2h 10m (expected every 40m)",
 *  "recovery":false,"bridge":false,
 *  "node":{"role":"repeater","state":"offline","last_heard":"...","expected_interval_s":2400,
 *          "battery_mv":3700,"battery_percent":null,"lat":51.5,"lon":-0.1}}
 * }</pre>
 *
 * {@code node} is present when the alert carries the node's snapshot. Times are ISO-8601 UTC.
 */
public final class AlertJson {

    /** The body's {@code schema} version. */
    public static final int SCHEMA = 1;

    private final ObjectMapper json;

    public AlertJson(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The body for {@code alert}. */
    public String render(Alert alert) {
        ObjectNode body = json.createObjectNode();
        body.put("schema", SCHEMA);
        body.put("kind", alert.kind().key());
        body.put("subject", alert.subject());
        if (alert.kind().isBridge()) {
            body.putNull("node_id");
        } else {
            body.put("node_id", alert.subject());
        }
        body.put("name", alert.displayName());
        body.put("at", alert.at().toString());
        body.put("reason", alert.reason());
        body.put("recovery", alert.kind().isRecovery());
        body.put("bridge", alert.kind().isBridge());
        alert.node().ifPresent(node -> body.set("node", node(node)));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private ObjectNode node(NodeSnapshot node) {
        ObjectNode n = json.createObjectNode();
        n.put("role", node.role().key());
        n.put("state", node.state().key());
        n.put("last_heard", node.lastHeard().toString());
        if (node.expectedInterval().isPresent()) {
            n.put("expected_interval_s", node.expectedInterval().get().toSeconds());
        } else {
            n.putNull("expected_interval_s");
        }
        var battery = node.battery();
        if (battery.isPresent() && battery.get().millivolts().isPresent()) {
            n.put("battery_mv", battery.get().millivolts().getAsInt());
        } else {
            n.putNull("battery_mv");
        }
        if (battery.isPresent() && battery.get().percent().isPresent()) {
            n.put("battery_percent", battery.get().percent().getAsInt());
        } else {
            n.putNull("battery_percent");
        }
        if (node.position().isPresent()) {
            n.put("lat", node.position().get().latitude());
            n.put("lon", node.position().get().longitude());
        }
        return n;
    }
}
