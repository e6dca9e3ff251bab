package org.meshbridge.server.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code inputs.mqtt_consumer} blocks of a Telegraf config, read with the small part of TOML
 * the file uses: {@code [table]} and {@code [[array.of.tables]]} headers, {@code key = value}
 * with strings, numbers, booleans and arrays of strings, and {@code #} comments. Anything else
 * fails the read.
 */
final class TelegrafConfig {

    /** One json_v2 tag or field. */
    record Item(String path, String name, String type, boolean optional) {
    }

    /** One {@code [[inputs.mqtt_consumer.json_v2]]}. */
    record JsonV2(String measurement, String timestampPath, String timestampFormat, List<Item> tags, List<Item> fields) {
    }

    /** One {@code [[inputs.mqtt_consumer]]}. */
    record Consumer(List<String> topics, String dataFormat, String topicTag, List<JsonV2> parsers) {
    }

    private static final Pattern HEADER = Pattern.compile("\\s*(\\[\\[?)([a-z0-9_.]+)(]]?)\\s*");
    private static final Pattern ENTRY = Pattern.compile("\\s*([a-z0-9_]+)\\s*=\\s*(.+?)\\s*");

    private TelegrafConfig() {
    }

    static List<Consumer> consumers(Path file) throws IOException {
        List<Map<String, Object>> consumers = new ArrayList<>();
        Map<String, Object> current = new LinkedHashMap<>();
        String table = "";
        for (String raw : Files.readAllLines(file)) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            Matcher entry = ENTRY.matcher(line);
            if (header.matches()) {
                table = header.group(2);
                current = new LinkedHashMap<>();
                switch (table) {
                    case "inputs.mqtt_consumer" -> consumers.add(current);
                    case "inputs.mqtt_consumer.json_v2" -> list(last(consumers), "json_v2").add(current);
                    case "inputs.mqtt_consumer.json_v2.tag" -> list(last(list(last(consumers), "json_v2")), "tag").add(current);
                    case "inputs.mqtt_consumer.json_v2.field" ->
                            list(last(list(last(consumers), "json_v2")), "field").add(current);
                    default -> {
                        if (table.startsWith("inputs.mqtt_consumer")) {
                            throw new IllegalArgumentException("a table this check does not read: " + table);
                        }
                    }
                }
            } else if (entry.matches()) {
                current.put(entry.group(1), value(entry.group(2), raw));
            } else {
                throw new IllegalArgumentException("not TOML this check reads: " + raw);
            }
        }
        return consumers.stream().map(TelegrafConfig::consumer).toList();
    }

    @SuppressWarnings("unchecked")
    private static Consumer consumer(Map<String, Object> c) {
        List<JsonV2> parsers = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) c.getOrDefault("json_v2", List.of())) {
            parsers.add(new JsonV2((String) p.get("measurement_name"), (String) p.get("timestamp_path"),
                    (String) p.get("timestamp_format"), items(p, "tag"), items(p, "field")));
        }
        return new Consumer((List<String>) c.get("topics"), (String) c.get("data_format"),
                (String) c.getOrDefault("topic_tag", "topic"), parsers);
    }

    @SuppressWarnings("unchecked")
    private static List<Item> items(Map<String, Object> parser, String kind) {
        List<Item> items = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) parser.getOrDefault(kind, List.of())) {
            String path = (String) i.get("path");
            String name = (String) i.getOrDefault("rename", path);
            items.add(new Item(path, name, (String) i.getOrDefault("type", kind.equals("tag") ? "string" : "auto"),
                    Boolean.TRUE.equals(i.get("optional"))));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.computeIfAbsent(key, k -> new ArrayList<Map<String, Object>>());
    }

    private static <T> T last(List<T> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("a sub-table before its [[inputs.mqtt_consumer]]");
        }
        return list.get(list.size() - 1);
    }

    private static Object value(String text, String line) {
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
            return text.substring(1, text.length() - 1);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.matches("-?\\d+")) {
            return Long.valueOf(text);
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            List<String> values = new ArrayList<>();
            for (String part : text.substring(1, text.length() - 1).split(",")) {
                String v = part.strip();
                if (!v.startsWith("\"") || !v.endsWith("\"")) {
                    throw new IllegalArgumentException("only arrays of strings are read: " + line);
                }
                values.add(v.substring(1, v.length() - 1));
            }
            return values;
        }
        throw new IllegalArgumentException("a value this check does not read: " + line);
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
