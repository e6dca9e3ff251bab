package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.airtime.DropReason;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.metrics.MetricsEndpoint;
import org.meshbridge.server.metrics.PrometheusText;
import org.meshbridge.server.net.ListenAddress;

/**
 * {@code /metrics} of the running demo, scraped over a real socket and parsed: the mesh's
 * families are there with their types and labels, and they move as simulated traffic flows.
 */
class MetricsRunIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private MeshbridgeServer server;

    @BeforeEach
    void startDemo() {
        server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false), dataDir),
                new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
        scheduler.afterEachTask(server::settleStore);
    }

    @AfterEach
    void stopDemo() {
        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
    }

    @Test
    void scrapeListsTheMeshFamiliesWithTheirTypesAndLabels() throws Exception {
        runMinutes(2);

        HttpResponse<String> response = get(server.httpAddress(), MetricsEndpoint.PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains(MetricsEndpoint.CONTENT_TYPE);
        PrometheusText metrics = PrometheusText.parse(response.body());
        assertThat(metrics.type("meshbridge_node_frames_received_total")).contains("counter");
        assertThat(metrics.type("meshbridge_room_messages_total")).contains("counter");
        assertThat(metrics.type("meshbridge_tx_dropped_total")).contains("counter");
        assertThat(metrics.type("meshbridge_airtime_charged_seconds_total")).contains("counter");
        assertThat(metrics.type("meshbridge_airtime_used_seconds")).contains("gauge");
        assertThat(metrics.type("meshbridge_airtime_allowed_seconds")).contains("gauge");
        assertThat(metrics.type("meshbridge_tx_queue_length")).contains("gauge");
        assertThat(metrics.type("jvm_memory_used_bytes")).contains("gauge");
        assertThat(metrics.type("process_uptime_seconds")).contains("gauge");
        for (DropReason reason : DropReason.values()) {
            assertThat(metrics.value("meshbridge_tx_dropped_total",
                    Map.of("link", "sim0", "reason", reason.name().toLowerCase()))).isGreaterThanOrEqualTo(0);
        }
        for (String origin : new String[] {"rf", "internet", "channel", "system"}) {
            assertThat(metrics.value("meshbridge_room_messages_total", Map.of("room", DemoRoom.NAME, "origin", origin)))
                    .isGreaterThanOrEqualTo(0);
        }
        // the default budget: 10 % of one hour
        assertThat(metrics.value("meshbridge_airtime_allowed_seconds", Map.of("link", "sim0"))).isEqualTo(360.0);
        assertThat(metrics.value("meshbridge_airtime_window_seconds", Map.of("link", "sim0"))).isEqualTo(3600.0);
        assertThat(metrics.samples("meshbridge_node_malformed_total")).extracting(s -> s.labels().get("reason"))
                .contains("truncated", "too_long");
    }

    @Test
    void countersMoveAsTrafficFlows() throws Exception {
        runMinutes(1);
        PrometheusText before = scrape();
        runMinutes(20);
        PrometheusText after = scrape();

        assertThat(after.value("meshbridge_node_frames_received_total", Map.of()))
                .isGreaterThan(before.value("meshbridge_node_frames_received_total", Map.of()));
        assertThat(after.value("meshbridge_tx_transmitted_total", Map.of("link", "sim0")))
                .isGreaterThan(before.value("meshbridge_tx_transmitted_total", Map.of("link", "sim0")));
        assertThat(after.value("meshbridge_airtime_charged_seconds_total", Map.of("link", "sim0")))
                .isGreaterThan(before.value("meshbridge_airtime_charged_seconds_total", Map.of("link", "sim0")));
        assertThat(after.value("meshbridge_airtime_used_seconds", Map.of("link", "sim0"))).isPositive();
        assertThat(after.value("meshbridge_room_messages_total", Map.of("room", DemoRoom.NAME, "origin", "rf")))
                .as("the demo's virtual nodes post to the lobby")
                .isGreaterThan(before.value("meshbridge_room_messages_total", Map.of("room", DemoRoom.NAME, "origin", "rf")));
        long stored = server.rooms().orElseThrow().latest(DemoRoom.NAME, 1000).size();
        assertThat(after.value("meshbridge_room_messages_total", Map.of("room", DemoRoom.NAME, "origin", "rf")))
                .isEqualTo((double) stored);
    }

    private PrometheusText scrape() throws Exception {
        HttpResponse<String> response = get(server.httpAddress(), MetricsEndpoint.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        return PrometheusText.parse(response.body());
    }

    /** One-second steps, letting the store's writer finish each second (as DemoRoomRunIT does). */
    private void runMinutes(int minutes) {
        for (int s = 0; s < minutes * 60; s++) {
            scheduler.advance(Duration.ofSeconds(1));
            server.drainStore();
        }
    }

    static HttpResponse<String> get(InetSocketAddress server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
    }
}
