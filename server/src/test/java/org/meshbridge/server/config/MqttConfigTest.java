package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.server.mqtt.BrokerAddress;
import org.meshbridge.server.mqtt.MqttVersion;

/** The {@code mqtt} section (issue 7): every key, its default, and each refusal with its key path. */
class MqttConfigTest {

    private static final String RADIO = "radio: { type: sim }\n";

    @Test
    void withoutTheSectionTheBridgeIsOff() throws ConfigException {
        assertThat(MeshbridgeConfig.parse(RADIO).mqtt()).isEqualTo(MqttSettings.DISABLED);
        assertThat(MeshbridgeConfig.parse(RADIO).summary()).noneMatch(line -> line.startsWith("mqtt"));
    }

    @Test
    void theBlockUsersKnowWorksAsIs() throws ConfigException {
        MqttSettings mqtt = MeshbridgeConfig.parse(RADIO + """
                mqtt:
                  enabled: true
                  broker: "mqtt://localhost:1883"
                  topic_prefix: "meshcore"
                """).mqtt();
        assertThat(mqtt.enabled()).isTrue();
        assertThat(mqtt.broker()).isEqualTo(new BrokerAddress(BrokerAddress.Transport.MQTT, "localhost", 1883, ""));
        assertThat(mqtt.topicPrefix()).isEqualTo("meshcore");
        assertThat(mqtt.version()).isEqualTo(MqttVersion.V5);
        assertThat(mqtt.qos()).isEqualTo(1);
        assertThat(mqtt.nodeUpdateInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(mqtt.inbound().enabled()).isFalse();
        assertThat(mqtt.observer().enabled()).isFalse();
    }

    @Test
    void everyKeyIsRead(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
        Path cert = Files.writeString(dir.resolve("c.pem"), "x");
        Path key = Files.writeString(dir.resolve("k.pem"), "x");
        Path secret = Files.writeString(dir.resolve("secret"), "hunter2\nignored\n");
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + """
                rooms: [ { name: lobby, guest_password: hello } ]
                mqtt:
                  enabled: true
                  broker: "mqtts://broker.example.org"
                  version: "3.1.1"
                  topic_prefix: "home/mesh"
                  client_id: town-bridge
                  username: bridge
                  password_file: %s
                  tls: { ca_file: %s, cert_file: %s, key_file: %s }
                  qos: 2
                  status_interval: 30s
                  node_update_interval: 5m
                  outbox_limit: 500
                  reconnect_min_delay: 2s
                  reconnect_max_delay: 5m
                  inbound: { enabled: true, account: node-red, max_per_minute: 12, rooms: [lobby] }
                  observer:
                    enabled: true
                    broker: "wss://mqtt-us-v1.letsmesh.net:443"
                    iata: sea
                    packet_types: [ADVERT, grp_txt]
                    status_interval: 10m
                """.formatted(secret, ca, cert, key));
        MqttSettings mqtt = config.mqtt();
        assertThat(mqtt.broker()).isEqualTo(new BrokerAddress(BrokerAddress.Transport.MQTTS, "broker.example.org", 8883, ""));
        assertThat(mqtt.version()).isEqualTo(MqttVersion.V3_1_1);
        assertThat(mqtt.topicPrefix()).isEqualTo("home/mesh");
        assertThat(mqtt.clientId()).contains("town-bridge");
        assertThat(mqtt.username()).contains("bridge");
        assertThat(mqtt.password()).contains("hunter2");
        assertThat(mqtt.tls()).contains(new MqttTlsSettings(Optional.of(ca), Optional.of(cert), Optional.of(key)));
        assertThat(mqtt.qos()).isEqualTo(2);
        assertThat(mqtt.statusInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(mqtt.nodeUpdateInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(mqtt.outboxLimit()).isEqualTo(500);
        assertThat(mqtt.reconnectMinDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(mqtt.reconnectMaxDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(mqtt.inbound()).isEqualTo(new MqttInboundSettings(true, "node-red", 12, List.of("lobby")));
        assertThat(mqtt.observer().iata()).isEqualTo("SEA");
        assertThat(mqtt.observer().auth()).isEqualTo(ObserverSettings.Auth.TOKEN);
        assertThat(mqtt.observer().tokenAudience()).isEqualTo("mqtt-us-v1.letsmesh.net");
        assertThat(mqtt.observer().packetTypes()).isEqualTo(Set.of(PayloadType.ADVERT, PayloadType.GRP_TXT));
        assertThat(mqtt.observer().statusInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(mqtt.toString()).doesNotContain("hunter2");
        assertThat(config.summary()).contains("mqtt: mqtts://broker.example.org:8883 (MQTT 3.1.1, QoS 2), topics home/mesh/#,"
                + " user bridge, posting from home/mesh/send/{room} as node-red")
                .noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void webSocketUrlsKeepTheirPathOrGetTheDefault() {
        assertThat(BrokerAddress.parse("wss://h.example/ws/mqtt")).isEqualTo(
                new BrokerAddress(BrokerAddress.Transport.WSS, "h.example", 443, "ws/mqtt"));
        assertThat(BrokerAddress.parse("ws://127.0.0.1:9001")).isEqualTo(
                new BrokerAddress(BrokerAddress.Transport.WS, "127.0.0.1", 9001, "mqtt"));
        assertThat(BrokerAddress.parse("mqtt://[::1]:1884").host()).isEqualTo("::1");
        assertThat(BrokerAddress.parse("mqtt://[::1]:1884").toString()).isEqualTo("mqtt://[::1]:1884");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("mqtt: { brokr: x }", "mqtt.brokr", "unknown key"),
                Arguments.of("mqtt: { broker: \"http://x\" }", "mqtt.broker", "must start with mqtt://, mqtts://, ws:// or wss://"),
                Arguments.of("mqtt: { broker: \"mqtt://u:p@localhost\" }", "mqtt.broker", "not in the URL"),
                Arguments.of("mqtt: { broker: \"mqtt://localhost/x\" }", "mqtt.broker", "only ws:// and wss:// URLs have a path"),
                Arguments.of("mqtt: { enabled: true, broker: \"mqtt://broker.example.org\" }", "mqtt.broker",
                        "not on this machine and is not TLS"),
                Arguments.of("mqtt: { version: 4 }", "mqtt.version", "must be 5 or \"3.1.1\""),
                Arguments.of("mqtt: { topic_prefix: \"a/#\" }", "mqtt.topic_prefix", "without '+', '#'"),
                Arguments.of("mqtt: { topic_prefix: \"a//b\" }", "mqtt.topic_prefix", "empty level"),
                Arguments.of("mqtt: { topic_prefix: \"$SYS\" }", "mqtt.topic_prefix", "leading '$'"),
                Arguments.of("mqtt: { client_id: \"a b\" }", "mqtt.client_id", "must be 1-64"),
                Arguments.of("mqtt: { password: x }", "mqtt.username", "required with a password"),
                Arguments.of("mqtt: { qos: 3 }", "mqtt.qos", "must be 0..2"),
                Arguments.of("mqtt: { status_interval: 0s }", "mqtt.status_interval", "must be 1s..1d"),
                Arguments.of("mqtt: { node_update_interval: 2d }", "mqtt.node_update_interval", "must be 0s..1d"),
                Arguments.of("mqtt: { outbox_limit: 0 }", "mqtt.outbox_limit", "must be 1..10000000"),
                Arguments.of("mqtt: { reconnect_min_delay: 10s, reconnect_max_delay: 5s }", "mqtt.reconnect_max_delay",
                        "must not be shorter"),
                Arguments.of("mqtt: { tls: { ca_file: /x } }", "mqtt.tls", "only used with an mqtts:// or wss:// broker"),
                Arguments.of("mqtt: { broker: \"mqtts://h\", tls: { ca_file: /nonexistent.pem } }", "mqtt.tls.ca_file",
                        "is not a readable file"),
                Arguments.of("mqtt: { password_file: /nonexistent }", "mqtt.password_file", "is not a readable file"),
                Arguments.of("mqtt: { inbound: { rooms: [ops] } }", "mqtt.inbound.rooms[0]", "no room or channel named"),
                Arguments.of("mqtt: { inbound: { max_per_minute: 0 } }", "mqtt.inbound.max_per_minute", "must be 1..600"),
                Arguments.of("mqtt: { observer: { enabled: true, iata: SEA } }", "mqtt.observer.broker", "required"),
                Arguments.of("mqtt: { observer: { enabled: true, broker: \"wss://h\" } }", "mqtt.observer.iata", "required"),
                Arguments.of("mqtt: { observer: { iata: SEAT } }", "mqtt.observer.iata", "three letters"),
                Arguments.of("mqtt: { observer: { enabled: true, iata: SEA, broker: \"mqtt://h.example\" } }",
                        "mqtt.observer.broker", "is not TLS"),
                Arguments.of("mqtt: { observer: { packet_types: [TXT_MSG] } }", "mqtt.observer.packet_types[0]",
                        "never forwarded"),
                Arguments.of("mqtt: { observer: { packet_types: [FOO] } }", "mqtt.observer.packet_types[0]",
                        "unknown payload type \"FOO\""),
                Arguments.of("mqtt: { observer: { auth: password } }", "mqtt.observer.username", "required with auth: password"),
                Arguments.of("mqtt: { observer: { username: u } }", "mqtt.observer.username", "only used with auth: password"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void badValuesStopTheStartWithTheKeyPath(String yaml, String keyPath, String reason) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + yaml)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ConfigException) e).keyPath()).isEqualTo(keyPath));
    }

    @Property(tries = 300, seed = "7")
    void anyBrokerTextParsesOrIsRefusedWithAReason(@ForAll String text) {
        try {
            BrokerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
