package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/mqtt.md shows a sample of every topic's document, and every sample validates against its schema. */
class MqttDocsTest {

    private static final Pattern SAMPLE = Pattern.compile("```json topic=(\\S+)\\n(.*?)\\n```", Pattern.DOTALL);

    record Sample(String topic, String json) {
    }

    static List<Sample> samples() throws Exception {
        String doc = Files.readString(MqttSchemas.docs().resolve("mqtt.md"));
        List<Sample> samples = new ArrayList<>();
        Matcher m = SAMPLE.matcher(doc);
        while (m.find()) {
            samples.add(new Sample(m.group(1), m.group(2)));
        }
        return samples;
    }

    @Test
    void everySampleValidatesAgainstTheSchemaOfItsTopic() throws Exception {
        List<Sample> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        for (Sample sample : samples) {
            assertThat(MqttSchemas.validate(sample.topic(), sample.json())).as(sample.topic() + ": " + sample.json())
                    .isEmpty();
        }
    }

    @Test
    void everySchemaHasASample() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (Sample sample : samples()) {
            covered.add(MqttSchemas.schemaFor(sample.topic()));
        }
        Set<String> schemas = new TreeSet<>();
        try (var files = Files.list(MqttSchemas.docs().resolve("mqtt"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .forEach(n -> schemas.add(n.substring(0, n.length() - ".schema.json".length())));
        }
        assertThat(covered).isEqualTo(schemas);
    }

    @Test
    void theSchemasRefuseWhatTheContractForbids() {
        assertThat(MqttSchemas.validate("meshcore/messages/lobby", "{\"schema\":1,\"room\":\"lobby\",\"id\":\"42\","
                + "\"time\":\"2026-11-25T12:00:05.000Z\",\"author\":\"a\",\"origin\":\"rf\",\"text\":\"t\","
                + "\"stored_at\":\"2026-11-25T12:00:05.214Z\"}")).as("numbers as strings").isNotEmpty();
        assertThat(MqttSchemas.validate("meshcore/messages/lobby", "{\"schema\":1,\"room\":\"lobby\",\"id\":42,"
                + "\"time\":\"2026-11-25 12:00:05\",\"author\":\"a\",\"origin\":\"rf\",\"text\":\"t\","
                + "\"stored_at\":\"2026-11-25T12:00:05.214Z\"}")).as("not ISO-8601 UTC").isNotEmpty();
        assertThat(MqttSchemas.validate("meshcore/status", "{\"schema\":1,\"status\":\"offline\"}")).isNotEmpty();
    }
}
