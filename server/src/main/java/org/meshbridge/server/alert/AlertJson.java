package org.meshbridge.server.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.NodeSnapshot;

/**
 * An alert as JSON, the same body on a webhook as on MQTT {@code {p}/alerts/{node_id}}
 * ({@code docs/mqtt/alert.schema.json}):
 *
 * <pre>{@code
 * {"schema":1,"kind":"node_silent","subject":"<node id or component>","time":"2025-01-01T02:10:00.000Z",
 *  "reason":"not heard for 2h 10m (expected every 40m)","active":true,
 *  "name":"Hill repeater","role":"repeater","state":"offline","last_heard":"2025-01-01T00:10:00.000Z",
 *  "battery_low":false,"battery_mv":3700}
 * }</pre>
 *
 * The node fields are present when the alert carries the node's snapshot (and the battery ones
 * when it reported them). Times are ISO-8601 UTC with milliseconds.
 */
public final class AlertJson {

    /** The body's {@code schema} version. */
    public static final int SCHEMA = 1;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

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
        body.put("time", time(alert.at()));
        body.put("reason", alert.reason());
        body.put("active", !alert.kind().isRecovery());
        alert.node().ifPresent(node -> node(body, node));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** {@code at} as the MQTT schemas write times: {@code 2025-01-01T02:10:00.000Z}. */
    public static String time(Instant at) {
        return TIME.format(at);
    }

    private static void node(ObjectNode body, NodeSnapshot node) {
        body.put("name", node.name());
        body.put("role", node.role().key());
        body.put("state", node.state().key());
        body.put("last_heard", time(node.lastHeard()));
        body.put("battery_low", node.batteryLow());
        node.battery().ifPresent(b -> {
            b.millivolts().ifPresent(mv -> body.put("battery_mv", mv));
            b.percent().ifPresent(p -> body.put("battery_percent", p));
        });
    }
}
