package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.HealthReport;

/** The demo run over a real socket, with a hand-driven monotonic clock for uptime. */
class DemoTest {

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

    @Test
    void healthzReportsDemoModeTheBuildVersionAndUptimeFromTheClock() throws Exception {
        try (Demo demo = Demo.start(loopbackOnAnyPort(), nanos::get)) {
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(42) + 999_999_999L);

            HttpResponse<String> response = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.httpAddress().getPort() + "/healthz"))
                            .timeout(Duration.ofSeconds(10)).build(),
                    BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.get("mode").asText()).isEqualTo("demo");
            assertThat(body.get("version").asText()).isEqualTo(System.getProperty("meshbridge.expectedVersion"));
            assertThat(body.get("uptime_s").asLong()).isEqualTo(42);
            assertThat(body.at("/radio/state").asText()).isEqualTo("none");
        }
    }

    @Test
    void healthSaysThereIsNoRadioNoStoreAndMqttIsDisabled() {
        try (Demo demo = Demo.start(loopbackOnAnyPort(), nanos::get)) {
            HealthReport health = demo.health();

            assertThat(health.status()).isEqualTo("ok");
            assertThat(health.uptimeSeconds()).isZero();
            assertThat(health.radio()).isEqualTo(ComponentHealth.NONE);
            assertThat(health.store()).isEqualTo(ComponentHealth.NONE);
            assertThat(health.mqtt()).isEqualTo(ComponentHealth.DISABLED);
        }
    }

    @Test
    void bannerNamesTheVersionTheDemoAndTheBoundUrl() {
        try (Demo demo = Demo.start(loopbackOnAnyPort(), nanos::get)) {
            String url = "http://127.0.0.1:" + demo.httpAddress().getPort();

            assertThat(demo.banner()).containsExactly(
                    "meshbridge " + System.getProperty("meshbridge.expectedVersion"),
                    "DEMO: no config file given, so this is a demo (use 'meshbridge run --config FILE' for a real node).",
                    "DEMO: simulated mesh not running yet: it arrives with the node; no radio, no store, no MQTT.",
                    "HTTP listening on " + url + " (health: " + url + "/healthz)",
                    "Press Ctrl-C to stop.");
        }
    }

    @Test
    void closeCompletesStopped() {
        Demo demo = Demo.start(loopbackOnAnyPort(), nanos::get);

        demo.close();

        assertThat(demo.stopped()).isDone();
    }

    @Test
    void aTakenPortIsAStartupExceptionWithTheOneLineReason() {
        try (Demo first = Demo.start(loopbackOnAnyPort(), nanos::get)) {
            int port = first.httpAddress().getPort();
            DemoSettings same = new DemoSettings(new InetSocketAddress("127.0.0.1", port), false);

            assertThatThrownBy(() -> Demo.start(same, nanos::get))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is in use; set server.listen or --listen");
        }
    }

    @Test
    void settingsRefuseANonLoopbackAddressWithoutInsecure() {
        InetSocketAddress any = new InetSocketAddress("0.0.0.0", 7070);

        assertThatThrownBy(() -> new DemoSettings(any, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DemoSettings(any, true).insecure()).isTrue();
    }

    private static DemoSettings loopbackOnAnyPort() {
        return new DemoSettings(new InetSocketAddress("127.0.0.1", 0), false);
    }
}
