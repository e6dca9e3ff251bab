package org.meshbridge.server.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas of {@code docs/mqtt/}, and which topic each one covers. */
public final class MqttSchemas {

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private MqttSchemas() {
    }

    /** The repository's {@code docs/} directory. */
    public static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/mqtt"))) {
                return dir.resolve("docs");
            }
        }
        throw new AssertionError("docs/mqtt not found above " + Path.of("").toAbsolutePath());
    }

    /** The schema file name for a topic under any prefix. */
    public static String schemaFor(String topic) {
        String[] levels = topic.split("/");
        String kind = levels.length >= 2 ? levels[levels.length - 2] : "";
        if (topic.endsWith("/status")) {
            return "status";
        }
        if (topic.endsWith("/errors")) {
            return "error";
        }
        if (topic.contains("/alerts/")) {
            return "alert";
        }
        return switch (kind) {
            case "messages" -> "message";
            case "nodes" -> "node";
            default -> throw new AssertionError("no schema for topic " + topic);
        };
    }

    /** What is wrong with {@code payload} published on {@code topic}; empty when it is valid. */
    public static List<String> validate(String topic, String payload) {
        JsonSchema schema = LOADED.computeIfAbsent(schemaFor(topic), MqttSchemas::load);
        JsonNode json;
        try {
            json = MqttJson.MAPPER.readTree(payload);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return schema.validate(json).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load(String name) {
        try {
            JsonNode schema = MqttJson.MAPPER.readTree(docs().resolve("mqtt/" + name + ".schema.json").toFile());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
