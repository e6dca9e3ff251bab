package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code metrics} and {@code alerts} sections: defaults, full forms, and refusals that name the key. */
class SinkSectionsConfigTest {

    private static final String ID = "ab".repeat(32);

    @TempDir
    Path dir;

    @Test
    void absentSectionsMeanMetricsOnWithoutPerNodeSeriesAndAlertsToTheLogOnly() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse("radio: { type: sim }\n");

        assertThat(config.metrics()).isEqualTo(MetricsSettings.DEFAULTS);
        assertThat(config.metrics().enabled()).isTrue();
        assertThat(config.alerts()).isEqualTo(new AlertSettings(true, List.of(), List.of()));
    }

    @Test
    void fullSectionsReadIntoTheRecords() throws Exception {
        Path secret = Files.writeString(dir.resolve("hook.secret"), "from-a-file-0123456789\n");
        MeshbridgeConfig config = MeshbridgeConfig.parse("""
                radio: { type: sim }
                metrics: { enabled: false, nodes: [ %s ] }
                alerts:
                  log: false
                  webhooks:
                    - { url: "https://hooks.example.org/mesh/T0K3N", secret: "0123456789abcdef", max_attempts: 3,
                        first_retry: 5s, max_retry: 10m, timeout: 20s, queue_length: 50 }
                    - { url: "http://127.0.0.1:9000/hook", secret_file: "%s" }
                  mesh: { admins: [ %s ] }
                """.formatted(ID.toUpperCase(), secret, ID));

        assertThat(config.metrics()).isEqualTo(new MetricsSettings(false, Set.of(ID)));
        assertThat(config.alerts().log()).isFalse();
        assertThat(config.alerts().webhooks()).containsExactly(
                new WebhookSettings(URI.create("https://hooks.example.org/mesh/T0K3N"), "0123456789abcdef", 3,
                        Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(20), 50),
                WebhookSettings.of(URI.create("http://127.0.0.1:9000/hook"), "from-a-file-0123456789"));
        assertThat(config.alerts().meshAdmins()).containsExactly(ID);
        assertThat(config.summary()).contains("metrics: off",
                "alerts: no log, 2 webhooks https://hooks.example.org/..., http://127.0.0.1:9000/..., 1 mesh admins");
        assertThat(config.alerts().webhooks().get(0).toString()).doesNotContain("T0K3N", "0123456789abcdef");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "metrics: { nodes: [ abc ] }|metrics.nodes[0]: must be a node's public key, 64 hex digits, was \"abc\"",
        "metrics: { colour: red }|metrics.colour: unknown key; keys under metrics are enabled, nodes",
        "alerts: { webhooks: [ { url: \"http://hooks.example.org/x\", secret: \"0123456789abcdef\" } ] }"
                + "|alerts.webhooks[0].url: plain http is allowed to a loopback host only; use https:// for hooks.example.org",
        "alerts: { webhooks: [ { url: \"https://hooks.example.org/x\" } ] }"
                + "|alerts.webhooks[0].secret: give exactly one of secret or secret_file",
        "alerts: { webhooks: [ { url: \"https://hooks.example.org/x\", secret: short } ] }"
                + "|alerts.webhooks[0].secret: the secret needs at least 16 characters, had 5",
        "alerts: { webhooks: [ { url: \"https://u:p@hooks.example.org/x\", secret: \"0123456789abcdef\" } ] }"
                + "|alerts.webhooks[0].url: must not carry a user name or password",
        "alerts: { webhooks: [ { url: \"ftp://hooks.example.org/x\", secret: \"0123456789abcdef\" } ] }"
                + "|alerts.webhooks[0].url: must be https://host/...",
        "alerts: { webhooks: [ { url: \"https://h.example/x\", secret: \"0123456789abcdef\", first_retry: 1m, max_retry: 30s } ] }"
                + "|alerts.webhooks[0].max_retry: must not be shorter than first_retry",
        "alerts: { mesh: { admins: [ " + "ab" + " ] } }|alerts.mesh.admins[0]: must be a node's public key",
        "alerts: { pager: true }|alerts.pager: unknown key; keys under alerts are log, webhooks, mesh",
    })
    void badValuesStopTheStartWithTheKeyPath(String yaml, String message) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radio: { type: sim }\n" + yaml + "\n"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(message);
    }

    @Test
    void aNodeListedTwiceIsRefused() {
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radio: { type: sim }\nmetrics: { nodes: [ %s, %s ] }\n"
                .formatted(ID, ID.toUpperCase()))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("metrics.nodes[1]: lists");
    }
}
