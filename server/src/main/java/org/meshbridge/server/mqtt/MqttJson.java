package org.meshbridge.server.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.meshbridge.core.room.Post;
import org.meshbridge.server.web.HealthReport;

/**
 * The JSON of every topic (schemas in {@code docs/mqtt/*.schema.json}): a {@code schema} version
 * first, numbers as numbers, times as ISO-8601 UTC with milliseconds.
 */
final class MqttJson {

    /** The version of the {@code messages}, {@code status}, {@code errors} documents. */
    static final int SCHEMA = 1;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private MqttJson() {
    }

    /** {@code {p}/messages/{room}}. */
    static String message(Post post) {
        ObjectNode json = document();
        json.put("room", post.room());
        json.put("id", post.id());
        json.put("time", time(Instant.ofEpochSecond(post.timestamp())));
        json.put("author", post.authorName());
        post.authorKey().ifPresent(key -> json.put("author_key", key.hex()));
        json.put("origin", post.origin().name().toLowerCase(Locale.ROOT));
        json.put("text", post.text());
        json.put("stored_at", time(post.storedAt()));
        return text(json);
    }

    /** {@code {p}/status} while running: the {@code /healthz} figures with the bridge's own. */
    static String online(HealthReport health, MqttStats mqtt, Instant now) {
        ObjectNode json = document();
        json.put("status", "online");
        json.put("time", time(now));
        ObjectNode report = MAPPER.valueToTree(health);
        json.set("health", report.remove("status"));
        report.remove("mqtt");
        json.setAll(report);
        json.set("mqtt", mqtt(mqtt));
        return text(json);
    }

    /** {@code {p}/status} when the bridge stops ({@code time} set) or as the last will ({@code time} absent). */
    static String offline(String reason, Instant now) {
        ObjectNode json = document();
        json.put("status", "offline");
        if (now != null) {
            json.put("time", time(now));
        }
        json.put("reason", reason);
        return text(json);
    }

    /** {@code {p}/errors}: why a message on {@code topic} was refused. */
    static String error(String topic, String code, String message, Instant now) {
        ObjectNode json = document();
        json.put("time", time(now));
        json.put("topic", topic);
        json.put("error", code);
        json.put("message", message);
        return text(json);
    }

    static ObjectNode mqtt(MqttStats stats) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("state", stats.state().code());
        json.put("broker", stats.broker());
        json.put("backlog", stats.backlog());
        json.put("published", stats.published());
        json.put("overflow", stats.overflow());
        json.put("rejected", stats.rejected());
        json.put("connects", stats.connects());
        json.put("disconnects", stats.disconnects());
        stats.lastError().ifPresent(e -> json.put("last_error", e));
        return json;
    }

    /** An empty document with its schema version. */
    static ObjectNode document() {
        return MAPPER.createObjectNode().put("schema", SCHEMA);
    }

    /** {@code 2026-11-25T12:00:00.123Z}: ISO-8601 UTC, milliseconds. */
    static String time(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        String text = millis.toString();
        return millis.getNano() == 0 ? text.replace("Z", ".000Z") : text;
    }

    static String text(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
