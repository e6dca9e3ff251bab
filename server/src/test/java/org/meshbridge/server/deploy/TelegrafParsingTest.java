package org.meshbridge.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * deploy/monitoring/telegraf/telegraf.conf against the published contract: its json_v2 paths,
 * evaluated with the GJSON subset Telegraf uses, find every field and tag with its type in the
 * samples of docs/mqtt.md, and every path it does not mark optional is required by the topic's
 * JSON Schema in docs/mqtt/.
 */
class TelegrafParsingTest {

    private static final Path ROOT = MqttSamples.repositoryRoot();
    private static final Path TELEGRAF = ROOT.resolve("deploy/monitoring/telegraf/telegraf.conf");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void telegrafParsesEveryDocumentedSampleOnItsTopics() throws Exception {
        List<TelegrafConfig.Consumer> consumers = TelegrafConfig.consumers(TELEGRAF);
        List<MqttSamples.Sample> samples = MqttSamples.read(ROOT.resolve("docs/mqtt.md"));

        assertThat(consumers).extracting(c -> c.topics().get(0))
                .containsExactly("meshcore/nodes/+", "meshcore/messages/+", "meshcore/alerts/+");
        assertThat(samples).extracting(MqttSamples.Sample::topic).anyMatch(t -> t.startsWith("meshcore/nodes/"));
        assertThat(TelegrafCheck.problems(consumers, samples)).isEmpty();
    }

    @Test
    void pathsTelegrafNeedsAreRequiredByTheSchemas() throws Exception {
        List<String> problems = new ArrayList<>();
        for (TelegrafConfig.Consumer consumer : TelegrafConfig.consumers(TELEGRAF)) {
            String kind = consumer.topics().get(0).split("/")[1];
            String schemaName = kind.substring(0, kind.length() - 1) + ".schema.json";
            JsonNode schema = JSON.readTree(ROOT.resolve("docs/mqtt").resolve(schemaName).toFile());
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            Set<String> properties = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            TelegrafConfig.JsonV2 parser = consumer.parsers().get(0);
            List<TelegrafConfig.Item> items = new ArrayList<>(parser.tags());
            items.addAll(parser.fields());
            items.add(new TelegrafConfig.Item(parser.timestampPath(), "timestamp", "string", false));
            for (TelegrafConfig.Item item : items) {
                String top = Gjson.components(item.path()).get(0);
                if (!properties.contains(top)) {
                    problems.add(schemaName + " has no property " + top);
                } else if (!item.optional() && !required.contains(top)) {
                    problems.add(schemaName + " does not require " + top + ": mark it optional in telegraf.conf");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesARenamedFieldAndAWrongType() throws Exception {
        List<TelegrafConfig.Consumer> consumers = TelegrafConfig.consumers(TELEGRAF);
        String node = "{\"schema\":1,\"id\":\"ab\",\"name\":\"x\",\"role\":\"repeater\",\"state\":\"online\","
                + "\"adverts_heard\":\"many\",\"hops\":1,\"monitored\":true,\"battery_low\":false,"
                + "\"lastHeard\":\"2026-01-01T00:00:00.000Z\",\"time\":\"2026-01-01T00:00:00Z\"}";
        List<String> problems = TelegrafCheck.problems(consumers.subList(0, 1),
                List.of(new MqttSamples.Sample("meshcore/nodes/ab", node)));

        assertThat(problems).anyMatch(p -> p.startsWith("mesh_node.last_heard: path last_heard missing"))
                .anyMatch(p -> p.startsWith("mesh_node.adverts_heard: \"many\" is not int"))
                .anyMatch(p -> p.startsWith("mesh_node: timestamp time does not match"))
                .anyMatch(p -> p.startsWith("mesh_node.battery_mv: path battery.mv is in none"));
    }

    @Test
    void gjsonSubset() throws Exception {
        JsonNode json = JSON.readTree("{\"a\":{\"b.c\":1,\"d\":[{\"e\":2},{\"e\":3}]}}");

        assertThat(Gjson.get(json, "a.b\\.c")).hasValueSatisfying(v -> assertThat(v.asInt()).isEqualTo(1));
        assertThat(Gjson.get(json, "a.d.#")).hasValueSatisfying(v -> assertThat(v.asInt()).isEqualTo(2));
        assertThat(Gjson.get(json, "a.d.1.e")).hasValueSatisfying(v -> assertThat(v.asInt()).isEqualTo(3));
        assertThat(Gjson.get(json, "a.d.#.e")).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("[2,3]"));
        assertThat(Gjson.get(json, "a.x")).isEmpty();
        assertThat(Gjson.get(json, "a.d.5")).isEmpty();
        assertThatThrownBy(() -> Gjson.get(json, "a.*")).isInstanceOf(IllegalArgumentException.class);
    }
}
