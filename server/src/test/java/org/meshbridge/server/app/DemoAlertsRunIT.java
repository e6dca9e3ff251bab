package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.radio.sim.DirectMessage;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.alert.RecordingReceiver;
import org.meshbridge.server.alert.WebhookSignature;
import org.meshbridge.server.config.AlertSettings;
import org.meshbridge.server.config.MetricsSettings;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.config.WebhookSettings;
import org.meshbridge.server.metrics.MetricsEndpoint;
import org.meshbridge.server.metrics.PrometheusText;
import org.meshbridge.server.net.ListenAddress;

/**
 * The demo with the {@code alerts} and {@code metrics} sections set: the scripted outage of
 * {@value DemoMesh#OUTAGE_NODE} reaches a real webhook receiver (signed) and the admin companion
 * over the mesh, once silent and once recovered, and {@code /metrics} shows the registry.
 */
class DemoAlertsRunIT {

    private static final String SECRET = "demo-webhook-secret-0123";

    @TempDir
    Path dataDir;

    private RecordingReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void theScriptedOutageReachesTheWebhookAndTheAdminOverTheMeshAndShowsInMetrics() throws Exception {
        receiver = new RecordingReceiver();
        Launch demo = Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false), dataDir);
        String adminId = SimIdentities.derive("bob", RadioAssembly.DEMO_SEED).publicKey().hex();
        String r2Id = SimIdentities.derive(DemoMesh.OUTAGE_NODE, RadioAssembly.DEMO_SEED).publicKey().hex();
        WebhookSettings hook = new WebhookSettings(receiver.url("/hook"), SECRET, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 100);
        Launch launch = new Launch(Launch.Mode.DEMO, demo.config()
                .withAlerts(new AlertSettings(true, List.of(hook), List.of(adminId)))
                .withMetrics(new MetricsSettings(true, Set.of(r2Id))));
        ManualScheduler clock = new ManualScheduler();
        MeshbridgeServer server = MeshbridgeServer.start(launch, new Environment(clock, new SplittableRandom(7),
                new SecureRandom()));
        clock.afterEachTask(server::settleStore);
        Instant start = clock.now();
        for (int minute = 0; minute < 45; minute++) {
            clock.advance(Duration.ofMinutes(1));
            server.drainStore();
        }

        JsonNode silent = signedBody(receiver.next());
        JsonNode recovered = signedBody(receiver.next());
        assertThat(silent.path("kind").asText()).isEqualTo("node_silent");
        assertThat(silent.path("name").asText()).isEqualTo(DemoMesh.OUTAGE_NODE);
        assertThat(silent.path("subject").asText()).isEqualTo(r2Id);
        assertThat(Instant.parse(silent.path("time").asText())).isBetween(start.plus(DemoMesh.OUTAGE_START),
                start.plus(DemoMesh.OUTAGE_START).plus(DemoMesh.OUTAGE_LENGTH));
        assertThat(recovered.path("kind").asText()).isEqualTo("node_recovered");
        assertThat(receiver.remaining()).as("besides r2's outage only r1's scripted low battery (about 38 min in)")
                .allSatisfy(r -> assertThat(r.header("X-meshbridge-event")).isEqualTo("battery_low"));

        SimCompanion admin = server.demoMesh().orElseThrow().companions().stream()
                .filter(c -> c.name().equals("bob")).findFirst().orElseThrow();
        assertThat(admin.directMessages()).extracting(DirectMessage::text).filteredOn(t -> t.startsWith("meshbridge:") && t.contains(" r2 ("))
                .containsExactly("meshbridge: SILENT r2 (" + r2Id.substring(0, 8) + "): " + silent.path("reason").asText(),
                        "meshbridge: RECOVERED r2 (" + r2Id.substring(0, 8) + "): " + recovered.path("reason").asText());

        PrometheusText metrics = PrometheusText.parse(MetricsRunIT.get(server.httpAddress(), MetricsEndpoint.PATH).body());
        assertThat(metrics.value("meshbridge_alerts_total", Map.of("kind", "node_silent"))).isEqualTo(1.0);
        assertThat(metrics.value("meshbridge_alerts_total", Map.of("kind", "node_recovered"))).isEqualTo(1.0);
        assertThat(metrics.value("meshbridge_nodes_active", Map.of("role", "repeater"))).isEqualTo(2.0);
        assertThat(metrics.value("meshbridge_nodes", Map.of("role", "repeater", "state", "online"))).isEqualTo(2.0);
        NodeSnapshot r2 = server.nodes().node(r2Id).orElseThrow();
        assertThat(metrics.value("meshbridge_node_last_heard_timestamp_seconds", Map.of("node_id", r2Id)))
                .isEqualTo(r2.lastHeard().toEpochMilli() / 1000.0);
        assertThat(metrics.samples("meshbridge_node_last_heard_timestamp_seconds")).as("only configured nodes").hasSize(1);
        double volts = r2.battery().orElseThrow().millivolts().orElseThrow() / 1000.0;
        assertThat(metrics.samples("meshbridge_node_battery_volts")).singleElement()
                .satisfies(b -> assertThat(b.value()).as("r2's battery from the demo's status polls").isEqualTo(volts));
        assertThat(metrics.samples("meshbridge_node_battery_charge_percent")).hasSize(1);
        assertThat(metrics.value("meshbridge_webhook_queue_length", Map.of())).isZero();

        server.close();
        clock.runPending();
        assertThat(server.coreStopped()).isDone();
    }

    private static JsonNode signedBody(RecordingReceiver.Request request) throws Exception {
        assertThat(new WebhookSignature(SECRET).verify(request.body(), request.header(WebhookSignature.HEADER))).isTrue();
        return new ObjectMapper().readTree(request.body());
    }
}
