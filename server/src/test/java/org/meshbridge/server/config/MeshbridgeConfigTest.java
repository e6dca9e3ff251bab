package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.server.net.ListenAddress;
import org.meshbridge.server.radio.DeviceAddress;

class MeshbridgeConfigTest {

    @Test
    void aFullFileReadsIntoTheRecords() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse("""
                node: { name: "Town Bridge", data_dir: /var/lib/meshbridge }
                radio:
                  type: kiss
                  device: tcp://10.0.0.5:5000
                  frequency_hz: 915000000
                  bandwidth_hz: 250000
                  spreading_factor: 11
                  coding_rate: 8
                airtime: { duty_cycle_percent: 1, window: 30m, internet_share_percent: 25.5, queue_length: 16 }
                server: { listen: "0.0.0.0:8080", insecure: true }
                """);

        assertThat(config.node()).isEqualTo(new NodeSettings("Town Bridge", Path.of("/var/lib/meshbridge")));
        assertThat(config.radio()).isEqualTo(new RadioSettings(RadioType.KISS,
                Optional.of(DeviceAddress.parse("tcp://10.0.0.5:5000")), new RadioParameters(915_000_000L, 250_000, 11, 8)));
        assertThat(config.airtime()).isEqualTo(new AirtimeSettings(1, Duration.ofMinutes(30), 25.5, 16));
        AirtimeConfig budget = config.airtime().toAirtimeConfig();
        assertThat(budget.dutyCycle().maxAirtime()).isEqualTo(Duration.ofSeconds(18));
        assertThat(budget.internetShare()).isEqualTo(0.255);
        assertThat(budget.maxQueueLength()).isEqualTo(16);
        assertThat(config.server()).isEqualTo(ServerSettings.plain(new ListenAddress("0.0.0.0", 8080), true));
    }

    @Test
    void onlyTheRadioTypeIsRequiredAndEverythingElseHasItsDocumentedDefault() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse("radio: { type: sim }\n");

        assertThat(config.node()).isEqualTo(new NodeSettings("meshbridge", Path.of("data")));
        assertThat(config.radio()).isEqualTo(RadioSettings.SIM);
        assertThat(config.radio().parameters()).isEqualTo(new RadioParameters(869_618_000L, 62_500, 8, 5));
        assertThat(config.airtime()).isEqualTo(new AirtimeSettings(10, Duration.ofHours(1), 0, 64));
        assertThat(config.airtime().toAirtimeConfig().dutyCycle().maxAirtime()).isEqualTo(Duration.ofSeconds(360));
        assertThat(config.airtime().toAirtimeConfig().internetShare()).isZero();
        assertThat(config.server()).isEqualTo(ServerSettings.plain(new ListenAddress("127.0.0.1", 7070), false));
    }

    @Test
    void windowsAcceptShortAndIsoSpellings() throws ConfigException {
        assertThat(window("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(window("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(window("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(window("PT45M")).isEqualTo(Duration.ofMinutes(45));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("radio: { type: kiss, device: /dev/ttyUSB0, spreading_factor: 13 }",
                        "radio.spreading_factor: must be 5..12, was 13"),
                Arguments.of("radio: { type: sim, spreading_factor: eight }",
                        "radio.spreading_factor: must be a whole number 5..12, was \"eight\""),
                Arguments.of("radio: { type: sim, coding_rate: 4 }", "radio.coding_rate: must be 5..8, was 4"),
                Arguments.of("radio: { type: sim, bandwidth_hz: 60000 }", "radio.bandwidth_hz: must be a LoRa bandwidth"
                        + " (7800, 10400, 15600, 20800, 31250, 41700, 62500, 125000, 250000 or 500000), was 60000"),
                Arguments.of("radio: { type: sim, frequency_hz: 869.618 }",
                        "radio.frequency_hz: must be a whole number 137000000..1020000000, was 869.618"),
                Arguments.of("radio: { type: lora }", "radio.type: must be sim, kiss, companion, gateway or none, was \"lora\""),
                Arguments.of("node: { name: x }", "radio.type: required: sim, kiss, companion, gateway or none"),
                Arguments.of("radio: { type: kiss }",
                        "radio.device: required for type kiss: a serial port such as /dev/ttyUSB0, or tcp://host:port"),
                Arguments.of("radio: { type: companion, device: \"tcp://host\" }",
                        "radio.device: radio device must look like tcp://host:port, not 'tcp://host'"),
                Arguments.of("radio: { type: sim, device: /dev/ttyUSB0 }",
                        "radio.device: only used with type kiss or companion, not sim"),
                Arguments.of("radio: { type: sim }\nnode: { name: \"" + "x".repeat(32) + "\" }",
                        "node.name: must be 1..31 bytes of UTF-8 (what fits an advert), was 32"),
                Arguments.of("radio: { type: sim }\nnode: { name: \"\" }", "node.name: must be a non-empty text, was \"\""),
                Arguments.of("radio: { type: sim }\nairtime: { duty_cycle_percent: 0 }",
                        "airtime.duty_cycle_percent: must be more than 0 and at most 100, was 0"),
                Arguments.of("radio: { type: sim }\nairtime: { internet_share_percent: 101 }",
                        "airtime.internet_share_percent: must be 0..100, was 101"),
                Arguments.of("radio: { type: sim }\nairtime: { window: 10s }", "airtime.window: must be 1m..1d, was 10s"),
                Arguments.of("radio: { type: sim }\nairtime: { window: hourly }",
                        "airtime.window: must be a duration such as 30m, 1h or 1d, was \"hourly\""),
                Arguments.of("radio: { type: sim }\nairtime: { queue_length: 0 }", "airtime.queue_length: must be 1..10000, was 0"),
                Arguments.of("radio: { type: sim }\nserver: { listen: \"127.0.0.1\" }",
                        "server.listen: '127.0.0.1' is not HOST:PORT (e.g. 127.0.0.1:7070)"),
                Arguments.of("radio: { type: sim }\nserver: { listen: \"0.0.0.0:7070\" }",
                        "server.listen: 0.0.0.0:7070 is not a loopback address and there is no TLS; set server.tls"
                                + " (cert_file, key_file), listen on 127.0.0.1 behind a TLS reverse proxy, or set"
                                + " server.insecure: true"),
                Arguments.of("radio: { type: sim }\nserver: { tls: { cert_file: /nonexistent/chain.pem, key_file: k.pem } }",
                        "server.tls.cert_file: /nonexistent/chain.pem is not a readable file"),
                Arguments.of("radio: { type: sim }\nserver: { tls: { key_file: k.pem } }",
                        "server.tls.cert_file: required: a PEM file"),
                Arguments.of("radio: { type: sim }\nserver: { tls: { cert: a.pem } }",
                        "server.tls.cert: unknown key; keys under server.tls are cert_file, key_file"),
                Arguments.of("radio: { type: sim }\nserver: { insecure: yes please }",
                        "server.insecure: must be true or false, was \"yes please\""),
                Arguments.of("radio: [sim]", "radio: must be a mapping (key: value), was a list"),
                Arguments.of("- just\n- a list", "the file must be a YAML mapping of sections (node:, radio:, ...), was a list"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueStopsWithItsKeyPathAndTheReason(String yaml, String message) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysThatExist() {
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radio: { type: sim, spread_factor: 9 }"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("radio.spread_factor: unknown key; keys under radio are type, device, frequency_hz,"
                        + " bandwidth_hz, spreading_factor, coding_rate, gateways")
                .satisfies(e -> assertThat(((ConfigException) e).keyPath()).isEqualTo("radio.spread_factor"));
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radios: { type: sim }"))
                .hasMessage("radios: unknown key; sections are node, radio, airtime, server, storage, rooms, channels,"
                        + " mqtt, monitoring, metrics, alerts, companion");
    }

    @Test
    void tlsFilesAllowANonLoopbackListenerAndMakeItHttps(@TempDir Path dir) throws Exception {
        Path chain = Files.writeString(dir.resolve("chain.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n");

        MeshbridgeConfig config = MeshbridgeConfig.parse("radio: { type: none }\nserver: { listen: \"0.0.0.0:443\", tls: { cert_file: \""
                + chain + "\", key_file: \"" + key + "\" } }\n");

        assertThat(config.server()).isEqualTo(new ServerSettings(new ListenAddress("0.0.0.0", 443),
                Optional.of(new TlsSettings(chain, key)), false));
        assertThat(config.summary().get(3)).isEqualTo("server: https://0.0.0.0:443 (TLS: " + chain + ", " + key + ")");
    }

    @Test
    void aDuplicateKeyAndBrokenYamlAreRefusedWithTheLine() {
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radio: { type: sim }\nradio: { type: none }\n"))
                .hasMessageStartingWith("not valid YAML at line 2").hasMessageContaining("Duplicate field 'radio'");
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radio: { type: sim\n")).hasMessageStartingWith("not valid YAML at line");
    }

    @Test
    void theExampleFileIsAcceptedAndSaysWhatItRuns() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.load(repositoryRoot().resolve("examples/meshbridge.yaml"));

        assertThat(config.summary()).containsExactly(
                "node: \"Town Bridge\", data in ./data",
                "radio: kiss on /dev/ttyUSB0, 869.618 MHz, BW 62.5 kHz, SF 8, CR 4/5",
                "airtime: 10% of every 1 h, internet share 0%, queue 64",
                "server: http://127.0.0.1:7070",
                "storage: jdbc:sqlite:./data/meshbridge.db, retention 365 days",
                "room: lobby",
                "channel: public (hash 11), internet posts kept off the air",
                "channel: test (hash d9), internet posts kept off the air",
                "monitoring: up to 10000 nodes; late after 1.5 and offline after 3 advert intervals; 2 node override(s),"
                        + " 2 maintenance window(s)",
                "companion: 127.0.0.1:5000 as account alice");
    }

    @Test
    void anUnreadableOrHugeFileIsRefused(@TempDir Path dir) throws Exception {
        Path huge = Files.writeString(dir.resolve("huge.yaml"), "#".repeat(MeshbridgeConfig.MAX_FILE_BYTES + 1));

        assertThatThrownBy(() -> MeshbridgeConfig.load(huge)).hasMessage("the file is larger than 1048576 bytes");
        assertThatThrownBy(() -> MeshbridgeConfig.load(dir.resolve("missing.yaml"))).hasMessageStartingWith("cannot read ");
    }

    /** The repository root: the first directory up from the working directory that has examples/. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/meshbridge.yaml"))) {
                return dir;
            }
        }
        throw new AssertionError("examples/meshbridge.yaml not found above " + Path.of("").toAbsolutePath());
    }

    private static Duration window(String text) throws ConfigException {
        return MeshbridgeConfig.parse("radio: { type: sim }\nairtime: { window: " + text + " }").airtime().window();
    }

    private static ConfigException refusal(String yaml) {
        String file = yaml.startsWith("radio") ? yaml : "radio: { type: sim }\n" + yaml;
        try {
            MeshbridgeConfig.parse(file);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("accepted: " + file);
    }
}
