package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.config.MetricsSettings;
import org.meshbridge.server.deploy.DeployFiles;
import org.meshbridge.server.metrics.MetricsEndpoint;
import org.meshbridge.server.metrics.PrometheusText;
import org.meshbridge.server.mqtt.MosquittoBroker;
import org.meshbridge.server.mqtt.MqttRecorder;

/**
 * Every query of deploy/monitoring refers to what meshbridge really publishes: the Prometheus
 * queries of the dashboards to metric names and labels a running demo serves on /metrics, the
 * Flux queries (dashboards and the node-silence alert rule) to measurements, fields and tags the
 * Telegraf config writes, and Telegraf's paths to the messages the demo publishes on a real
 * Mosquitto. The provisioning files point at each other consistently.
 */
class DashboardQueriesIT {

    private static final Pattern METRIC = Pattern.compile("\\b((?:meshbridge|jvm|process|system)_[a-z0-9_]+)\\b");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)\\s*\"");
    private static final Pattern BY = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");
    private static final Pattern LEGEND = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void prometheusQueriesUseMetricsAndLabelsTheServerServesAndTelegrafReadsWhatItPublishes() throws Exception {
        String r2 = SimIdentities.derive(DemoMesh.OUTAGE_NODE, RadioAssembly.DEMO_SEED).publicKey().hex();
        PrometheusText metrics;
        List<MqttRecorder.Received> published;
        try (MosquittoBroker broker = MosquittoBroker.start(dir, MosquittoBroker.Options.plain());
             MqttRecorder recorder = MqttRecorder.subscribe(broker.port(), "meshcore/#")) {
            Launch demo = new DemoSettings(new InetSocketAddress("127.0.0.1", 0), false, dir.resolve("data"),
                    Optional.of(broker.address())).launch();
            Launch launch = new Launch(Launch.Mode.DEMO, demo.config().withMetrics(new MetricsSettings(true, Set.of(r2))));
            ManualScheduler scheduler = new ManualScheduler();
            MeshbridgeServer server = MeshbridgeServer.start(launch,
                    new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
            scheduler.afterEachTask(server::settleStore);
            try {
                for (int s = 0; s < 45 * 60; s++) {
                    scheduler.advance(Duration.ofSeconds(1));
                    server.drainStore();
                }
                recorder.next(r -> r.topic().startsWith("meshcore/alerts/"));
                recorder.next(r -> r.topic().startsWith("meshcore/messages/"));
                metrics = PrometheusText.parse(MetricsRunIT.get(server.httpAddress(), MetricsEndpoint.PATH).body());
                published = recorder.all();
            } finally {
                server.close();
                scheduler.runPending();
            }
        }

        List<String> problems = new ArrayList<>();
        for (DeployFiles.Query query : DeployFiles.prometheusQueries()) {
            problems.addAll(promProblems(query, metrics));
        }
        assertThat(problems).isEmpty();
        List<org.meshbridge.server.deploy.MqttMessage> messages = published.stream()
                .map(r -> new org.meshbridge.server.deploy.MqttMessage(r.topic(), r.payload())).toList();
        assertThat(DeployFiles.telegrafProblems(messages)).as("Telegraf on what the demo published")
                .allMatch(p -> p.contains(" is in none of the "));
    }

    @Test
    void fluxQueriesUseMeasurementsFieldsAndTagsTelegrafWrites() throws Exception {
        assertThat(DeployFiles.fluxProblems()).isEmpty();
    }

    @Test
    void provisioningFilesReferToEachOther() throws Exception {
        Path monitoring = DeployFiles.root();
        JsonNode datasources = new YAMLMapper().readTree(monitoring.resolve("grafana/provisioning/datasources/meshbridge.yaml")
                .toFile());
        Set<String> uids = new HashSet<>();
        datasources.path("datasources").forEach(d -> uids.add(d.path("uid").asText()));
        assertThat(uids).containsExactlyInAnyOrder("meshbridge-influxdb", "meshbridge-prometheus");
        Map<String, Integer> panels = new HashMap<>();
        try (var files = Files.list(monitoring.resolve("grafana/dashboards"))) {
            for (Path file : files.toList()) {
                JsonNode dashboard = JSON.readTree(file.toFile());
                panels.put(dashboard.path("uid").asText(), dashboard.path("panels").size());
                dashboard.path("panels").forEach(p -> {
                    assertThat(uids).as(file + " panel " + p.path("title")).contains(p.at("/datasource/uid").asText());
                    p.path("targets").forEach(t -> assertThat(uids).contains(t.at("/datasource/uid").asText()));
                });
            }
        }
        assertThat(panels).containsOnlyKeys("meshbridge-mesh", "meshbridge-server");
        JsonNode rules = new YAMLMapper().readTree(monitoring.resolve("grafana/provisioning/alerting/node-silence.yaml").toFile());
        rules.at("/groups/0/rules/0/data").forEach(d -> assertThat(d.path("datasourceUid").asText()).isIn(
                "meshbridge-influxdb", "__expr__"));
        JsonNode providers = new YAMLMapper().readTree(monitoring.resolve("grafana/provisioning/dashboards/meshbridge.yaml")
                .toFile());
        JsonNode compose = new YAMLMapper().readTree(monitoring.resolve("docker-compose.yml").toFile());
        List<String> grafanaVolumes = new ArrayList<>();
        compose.at("/services/grafana/volumes").forEach(v -> grafanaVolumes.add(v.asText()));
        assertThat(grafanaVolumes).contains("./grafana/dashboards:" + providers.at("/providers/0/options/path").asText() + ":ro",
                "./grafana/provisioning:/etc/grafana/provisioning:ro");
        assertThat(compose.path("services").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("mosquitto", "influxdb", "telegraf", "prometheus", "grafana");
        compose.path("services").forEach(s -> assertThat(s.path("image").asText()).matches("[a-z0-9/._-]+:v?[0-9][0-9a-z.-]*"));
    }

    @Test
    void thePrometheusCheckCatchesAnUnknownMetricAndAnUnknownLabel() {
        PrometheusText metrics = PrometheusText.parse("# TYPE meshbridge_nodes_active gauge\n"
                + "meshbridge_nodes_active{role=\"repeater\"} 2.0\n");

        assertThat(promProblems(new DeployFiles.Query("q", "sum by (role) (meshbridge_nodes_active)", "{{role}}"), metrics))
                .isEmpty();
        assertThat(promProblems(new DeployFiles.Query("q", "meshbridge_nodes_activ", ""), metrics))
                .containsExactly("q: /metrics has no meshbridge_nodes_activ");
        assertThat(promProblems(new DeployFiles.Query("q", "sum by (state) (meshbridge_nodes_active{room=\"x\"})", "{{kind}}"),
                metrics)).hasSize(3);
    }

    private static List<String> promProblems(DeployFiles.Query query, PrometheusText metrics) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Matcher metric = METRIC.matcher(query.text());
        while (metric.find()) {
            names.add(metric.group(1));
        }
        if (names.isEmpty()) {
            problems.add(query.where() + ": no metric in " + query.text());
        }
        Set<String> labels = new HashSet<>();
        for (String name : names) {
            List<PrometheusText.Sample> samples = metrics.samples(name);
            if (samples.isEmpty()) {
                problems.add(query.where() + ": /metrics has no " + name);
            }
            samples.forEach(s -> labels.addAll(s.labels().keySet()));
        }
        Set<String> used = new HashSet<>();
        Matcher m = MATCHER.matcher(query.text());
        while (m.find()) {
            used.add(m.group(1));
        }
        Matcher by = BY.matcher(query.text());
        while (by.find()) {
            for (String label : by.group(1).split(",")) {
                if (!label.isBlank()) {
                    used.add(label.strip());
                }
            }
        }
        Matcher legend = LEGEND.matcher(query.legend());
        while (legend.find()) {
            used.add(legend.group(1));
        }
        for (String label : used) {
            if (!labels.contains(label)) {
                problems.add(query.where() + ": no sample of " + names + " has the label " + label);
            }
        }
        return problems;
    }
}
