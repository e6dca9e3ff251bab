package org.meshbridge.server.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Telegraf's json_v2 parser would make of our messages, evaluated here with {@link Gjson}:
 * every tag and field path of a consumer is looked up in each message on its topics, with the
 * declared type. A required path missing from a message, or a value of another type, is a
 * problem; an optional path must at least appear in one message, or its name is likely wrong.
 */
final class TelegrafCheck {

    /** Go layouts our config may use, as the text they accept. */
    private static final Map<String, Pattern> LAYOUTS = Map.of(
            "2006-01-02T15:04:05.000Z07:00", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private TelegrafCheck() {
    }

    /** Every problem found parsing {@code messages} with {@code consumers}; empty when Telegraf would take them all. */
    static List<String> problems(List<TelegrafConfig.Consumer> consumers, List<MqttSamples.Sample> messages) {
        List<String> problems = new ArrayList<>();
        for (TelegrafConfig.Consumer consumer : consumers) {
            if (!"json_v2".equals(consumer.dataFormat()) || consumer.parsers().size() != 1) {
                problems.add(consumer.topics() + ": data_format must be json_v2 with one parser");
                continue;
            }
            TelegrafConfig.JsonV2 parser = consumer.parsers().get(0);
            List<JsonNode> mine = new ArrayList<>();
            for (MqttSamples.Sample message : messages) {
                if (consumer.topics().stream().anyMatch(f -> MqttSamples.matches(f, message.topic()))) {
                    mine.add(parse(message, problems));
                }
            }
            if (mine.isEmpty()) {
                problems.add(consumer.topics() + ": no message on these topics to check against");
                continue;
            }
            List<TelegrafConfig.Item> items = new ArrayList<>(parser.tags());
            items.addAll(parser.fields());
            for (TelegrafConfig.Item item : items) {
                boolean tag = parser.tags().contains(item);
                long found = 0;
                for (JsonNode json : mine) {
                    Optional<JsonNode> value = Gjson.get(json, item.path());
                    if (value.isEmpty()) {
                        if (!item.optional()) {
                            problems.add(parser.measurement() + "." + item.name() + ": path " + item.path()
                                    + " missing in " + json);
                        }
                        continue;
                    }
                    found++;
                    if (!typed(value.get(), tag ? "tag" : item.type())) {
                        problems.add(parser.measurement() + "." + item.name() + ": " + value.get() + " is not "
                                + (tag ? "a scalar for a tag" : item.type()));
                    }
                }
                if (found == 0) {
                    problems.add(parser.measurement() + "." + item.name() + ": path " + item.path()
                            + " is in none of the " + mine.size() + " messages");
                }
            }
            Pattern layout = LAYOUTS.get(parser.timestampFormat());
            if (layout == null) {
                problems.add(parser.measurement() + ": timestamp_format " + parser.timestampFormat() + " is not checked here");
                continue;
            }
            for (JsonNode json : mine) {
                Optional<JsonNode> time = Gjson.get(json, parser.timestampPath());
                if (time.isEmpty() || !time.get().isTextual() || !layout.matcher(time.get().asText()).matches()) {
                    problems.add(parser.measurement() + ": timestamp " + parser.timestampPath() + " does not match "
                            + parser.timestampFormat() + " in " + json);
                }
            }
        }
        return problems;
    }

    private static JsonNode parse(MqttSamples.Sample message, List<String> problems) {
        try {
            return JSON.readTree(message.json());
        } catch (JsonProcessingException e) {
            problems.add(message.topic() + ": not JSON: " + e.getOriginalMessage());
            return JSON.createObjectNode();
        }
    }

    private static boolean typed(JsonNode value, String type) {
        return switch (type) {
            case "int", "uint" -> value.isIntegralNumber();
            case "float" -> value.isNumber();
            case "string" -> value.isTextual();
            case "bool" -> value.isBoolean();
            case "tag", "auto" -> value.isValueNode() && !value.isNull();
            default -> false;
        };
    }
}
