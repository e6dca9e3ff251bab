package org.meshbridge.server.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queries in deploy/monitoring (Grafana dashboards and the alert rule) and the checks that
 * they refer to what Telegraf writes; used by the dashboard tests.
 */
public final class DeployFiles {

    /** One query and where it is. */
    public record Query(String where, String text, String legend) {
    }

    private static final Set<String> FLUX_BUILTIN = Set.of("_time", "_value", "_field", "_measurement", "_start", "_stop");
    private static final Pattern MEASUREMENT = Pattern.compile("_measurement\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("_field\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern COLUMNS = Pattern.compile("\\b(?:columns|rowKey|columnKey)\\s*:\\s*\\[([^]]*)]");
    private static final Pattern COLUMN = Pattern.compile("\\b(?:column|valueColumn|as)\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern RECORD = Pattern.compile("\\br\\.([A-Za-z_][A-Za-z0-9_]*)|\\br\\[\"([^\"]+)\"]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployFiles() {
    }

    /** deploy/monitoring in this checkout. */
    public static Path root() {
        return MqttSamples.repositoryRoot().resolve("deploy/monitoring");
    }

    /** The PromQL of every dashboard panel on the Prometheus data source. */
    public static List<Query> prometheusQueries() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (JsonNode[] target : targets()) {
            if (target[1].at("/datasource/type").asText().equals("prometheus")) {
                queries.add(new Query(target[0].asText(), target[1].path("expr").asText(), target[1].path("legendFormat").asText()));
            }
        }
        return queries;
    }

    /** The Flux of every dashboard panel on InfluxDB and of the alert rule. */
    public static List<Query> fluxQueries() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (JsonNode[] target : targets()) {
            if (target[1].at("/datasource/type").asText().equals("influxdb")) {
                queries.add(new Query(target[0].asText(), target[1].path("query").asText(), ""));
            }
        }
        JsonNode rules = new YAMLMapper().readTree(root().resolve("grafana/provisioning/alerting/node-silence.yaml").toFile());
        for (JsonNode rule : rules.at("/groups/0/rules")) {
            for (JsonNode data : rule.path("data")) {
                if (data.path("datasourceUid").asText().equals("meshbridge-influxdb")) {
                    queries.add(new Query("alert rule " + rule.path("uid").asText(), data.at("/model/query").asText(), ""));
                }
            }
        }
        return queries;
    }

    /**
     * Problems of the Flux queries against telegraf.conf: a measurement it does not write, a field
     * that measurement has not, a column that is neither one of its tags nor its fields (after a
     * pivot) nor a Flux built-in. Geomap panels' coordinate and weight fields are checked too.
     */
    public static List<String> fluxProblems() throws IOException {
        Map<String, Set<String>> fields = new HashMap<>();
        Map<String, Set<String>> tags = new HashMap<>();
        for (TelegrafConfig.Consumer consumer : TelegrafConfig.consumers(root().resolve("telegraf/telegraf.conf"))) {
            for (TelegrafConfig.JsonV2 parser : consumer.parsers()) {
                fields.computeIfAbsent(parser.measurement(), m -> new HashSet<>())
                        .addAll(parser.fields().stream().map(TelegrafConfig.Item::name).toList());
                Set<String> t = tags.computeIfAbsent(parser.measurement(), m -> new HashSet<>());
                t.addAll(parser.tags().stream().map(TelegrafConfig.Item::name).toList());
                if (!consumer.topicTag().isEmpty()) {
                    t.add(consumer.topicTag());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Query query : fluxQueries()) {
            List<String> measurements = all(MEASUREMENT, query.text());
            if (measurements.size() != 1) {
                problems.add(query.where() + ": expected one _measurement, found " + measurements);
                continue;
            }
            String measurement = measurements.get(0);
            if (!fields.containsKey(measurement)) {
                problems.add(query.where() + ": Telegraf writes no measurement " + measurement);
                continue;
            }
            for (String field : all(FIELD, query.text())) {
                if (!fields.get(measurement).contains(field)) {
                    problems.add(query.where() + ": " + measurement + " has no field " + field);
                }
            }
            Set<String> columns = new HashSet<>(FLUX_BUILTIN);
            columns.addAll(tags.get(measurement));
            columns.addAll(fields.get(measurement));
            List<String> used = new ArrayList<>();
            Matcher lists = COLUMNS.matcher(query.text());
            while (lists.find()) {
                for (String c : lists.group(1).split(",")) {
                    if (!c.isBlank()) {
                        used.add(c.strip().replace("\"", ""));
                    }
                }
            }
            used.addAll(all(COLUMN, query.text()));
            Matcher record = RECORD.matcher(query.text());
            while (record.find()) {
                used.add(record.group(1) != null ? record.group(1) : record.group(2));
            }
            for (String column : used) {
                if (!columns.contains(column)) {
                    problems.add(query.where() + ": " + measurement + " has no tag or field " + column);
                }
            }
        }
        problems.addAll(geomapProblems(fields));
        return problems;
    }

    /** What TelegrafCheck finds parsing {@code messages} with telegraf.conf. */
    public static List<String> telegrafProblems(List<MqttMessage> messages) throws IOException {
        return TelegrafCheck.problems(TelegrafConfig.consumers(root().resolve("telegraf/telegraf.conf")),
                messages.stream().map(m -> new MqttSamples.Sample(m.topic(), m.payload())).toList());
    }

    private static List<String> geomapProblems(Map<String, Set<String>> fields) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode[] panel : panels()) {
            if (!panel[1].path("type").asText().equals("geomap")) {
                continue;
            }
            String measurement = all(MEASUREMENT, panel[1].at("/targets/0/query").asText()).get(0);
            for (JsonNode layer : panel[1].at("/options/layers")) {
                for (String pointer : List.of("/location/latitude", "/location/longitude", "/config/weight/field")) {
                    JsonNode value = layer.at(pointer);
                    if (!value.isMissingNode() && !fields.get(measurement).contains(value.asText())) {
                        problems.add(panel[0].asText() + ": geomap " + pointer + " " + value.asText() + " is no field of "
                                + measurement);
                    }
                }
            }
        }
        return problems;
    }

    /** [where, target] of every panel target. */
    private static List<JsonNode[]> targets() throws IOException {
        List<JsonNode[]> targets = new ArrayList<>();
        for (JsonNode[] panel : panels()) {
            for (JsonNode target : panel[1].path("targets")) {
                targets.add(new JsonNode[] {panel[0], target});
            }
        }
        return targets;
    }

    private static List<JsonNode[]> panels() throws IOException {
        List<JsonNode[]> panels = new ArrayList<>();
        try (var files = Files.list(root().resolve("grafana/dashboards"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode dashboard = JSON.readTree(file.toFile());
                for (JsonNode panel : dashboard.path("panels")) {
                    String where = file.getFileName() + " \"" + panel.path("title").asText() + "\"";
                    panels.add(new JsonNode[] {JSON.getNodeFactory().textNode(where), panel});
                }
            }
        }
        return panels;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
