package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meshbridge.server.config.MqttInboundSettings;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.config.MqttTlsSettings;
import org.meshbridge.server.gateway.TestCertificates;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.ComponentState;

/** Transports and logins against real Mosquitto brokers: TLS, client certificates, WebSocket, credentials; inbound posting. */
class MqttBrokerIT {

    @TempDir
    Path dir;
    @RegisterExtension
    final OpenedInTest opened = new OpenedInTest();

    private MqttBridge bridge(MqttSettings settings, RoomsHarness harness, Clock clock) {
        MqttBridge bridge = MqttBridge.create(settings, "bridge-it", harness.storage.outbox(), RoomsHarness::health,
                clock, new SplittableRandom(1));
        opened.keep(bridge::close);
        bridge.start();
        bridge.attach(harness.rooms());
        return bridge;
    }

    private static void postAndSee(RoomsHarness harness, MqttRecorder recorder, String text) throws Exception {
        harness.post("alice", text);
        MqttRecorder.Received m = recorder.next(r -> r.topic().equals("meshcore/messages/lobby"));
        assertThat(m.payload()).contains("\"text\":\"" + text + "\"");
        assertThat(MqttSchemas.validate(m.topic(), m.payload())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void publishesOverTlsTrustingOnlyTheConfiguredCaWithAClientCertificate(MqttVersion version) throws Exception {
        TestCertificates certs = TestCertificates.create(dir);
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain().withTls(
                new MosquittoBroker.TlsFiles(certs.caPem, certs.serverFiles.certChainPem(),
                        certs.serverFiles.privateKeyPem(), true))));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttSettings settings = MqttSettings.to(BrokerAddress.parse("mqtts://localhost:" + broker.tlsPort()))
                .withVersion(version).withTls(new MqttTlsSettings(Optional.of(certs.caPem),
                        Optional.of(certs.clientFiles.certChainPem()), Optional.of(certs.clientFiles.privateKeyPem())));
        MqttBridge bridge = bridge(settings, harness, Clock.systemUTC());
        try (MqttRecorder recorder = MqttRecorder.subscribe(broker.port(), "meshcore/#")) {
            recorder.next(r -> r.topic().equals("meshcore/status"));
            postAndSee(harness, recorder, "over tls");
        }
        assertThat(bridge.health().state()).isEqualTo(ComponentState.UP);
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void aBrokerCertificateFromAnotherCaIsRefusedAndSaysSo(MqttVersion version) throws Exception {
        TestCertificates certs = TestCertificates.create(dir);
        TestCertificates other = TestCertificates.create(Files.createDirectory(dir.resolve("other")));
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain().withTls(
                new MosquittoBroker.TlsFiles(certs.caPem, certs.serverFiles.certChainPem(),
                        certs.serverFiles.privateKeyPem(), false))));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttSettings settings = MqttSettings.to(BrokerAddress.parse("mqtts://localhost:" + broker.tlsPort()))
                .withVersion(version).withTls(MqttTlsSettings.trusting(other.caPem))
                .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(100));
        MqttBridge bridge = bridge(settings, harness, Clock.systemUTC());
        ComponentHealth health = awaitHealth(bridge, ComponentState.DOWN);
        assertThat(health.detail()).startsWith("TLS with mqtts://localhost:" + broker.tlsPort() + " failed")
                .contains("check mqtt.tls.ca_file");
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void wrongCredentialsAreReportedInHealthAndRightOnesConnect(MqttVersion version) throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain()
                .withUsers(Map.of("bridge", "correct horse"))));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttSettings wrong = MqttSettings.to(broker.address()).withVersion(version).withLogin("bridge", "wrong")
                .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(100));
        MqttBridge refused = bridge(wrong, harness, Clock.systemUTC());
        ComponentHealth health = awaitHealth(refused, ComponentState.DOWN);
        assertThat(health.detail()).isEqualTo("the broker " + broker.address() + " refused the connection: "
                + "not authorized (check mqtt.username and mqtt.password)");
        assertThat(refused.stats().lastError()).contains(health.detail());
        refused.close();

        MqttSettings right = wrong.withLogin("bridge", "correct horse").withClientId("bridge-right");
        MqttBridge bridge = MqttBridge.create(right, "bridge-right", harness.storage.outbox(), RoomsHarness::health,
                Clock.systemUTC(), new SplittableRandom(2));
        opened.keep(bridge::close);
        bridge.start();
        assertThat(awaitHealth(bridge, ComponentState.UP).detail()).isNull();
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void publishesOverWebSocket(MqttVersion version) throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain().withWebSocket()));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttSettings settings = MqttSettings.to(BrokerAddress.parse("ws://127.0.0.1:" + broker.webSocketPort()))
                .withVersion(version);
        bridge(settings, harness, Clock.systemUTC());
        try (MqttRecorder recorder = MqttRecorder.subscribe(broker.port(), "meshcore/#")) {
            postAndSee(harness, recorder, "over websocket");
        }
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void inboundPostsBecomeRoomPostsAndMalformedOnesOnlyErrors(MqttVersion version) throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain()));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        Clock frozen = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        MqttSettings settings = MqttSettings.to(broker.address()).withVersion(version)
                .withInbound(MqttInboundSettings.as("node-red", 3));
        MqttBridge bridge = bridge(settings, harness, frozen);
        MqttRecorder recorder = opened.keep(MqttRecorder.subscribe(broker.port(), "meshcore/#"));
        recorder.next(r -> r.topic().equals("meshcore/status"));
        bridge.inboundReady().get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);

        String[] malformed = {"not json", "{\"text\":1}", "{\"text\":\"x\",\"room\":\"ops\"}", "[]", ""};
        for (String payload : malformed) {
            recorder.publish("meshcore/send/lobby", payload.getBytes(StandardCharsets.UTF_8));
        }
        recorder.publish("meshcore/send/nowhere", "{\"text\":\"lost\"}".getBytes(StandardCharsets.UTF_8));
        List<MqttRecorder.Received> errors = recorder.next(malformed.length + 1, "meshcore/errors");
        for (MqttRecorder.Received error : errors) {
            assertThat(MqttSchemas.validate(error.topic(), error.payload())).isEmpty();
        }
        assertThat(errors.get(0).payload()).contains("\"error\":\"not_json\"", "\"topic\":\"meshcore/send/lobby\"");
        assertThat(errors.get(errors.size() - 1).payload()).contains("\"error\":\"unknown_room\"");

        recorder.publish("meshcore/send/lobby", "{\"text\":\"hello from node-red\"}".getBytes(StandardCharsets.UTF_8));
        MqttRecorder.Received posted = recorder.next(r -> r.topic().equals("meshcore/messages/lobby"));
        assertThat(posted.payload()).contains("\"author\":\"node-red\"", "\"origin\":\"internet\"",
                "\"text\":\"hello from node-red\"");
        assertThat(harness.posts()).extracting(p -> p.text()).containsExactly("hello from node-red");

        recorder.publish("meshcore/send/lobby", "{\"text\":\"two\"}".getBytes(StandardCharsets.UTF_8));
        recorder.publish("meshcore/send/lobby", "{\"text\":\"three\"}".getBytes(StandardCharsets.UTF_8));
        recorder.publish("meshcore/send/lobby", "{\"text\":\"four\"}".getBytes(StandardCharsets.UTF_8));
        // "three" is published once stored, "four"'s refusal at once: they may come in either order
        Predicate<MqttRecorder.Received> limited = r -> r.topic().equals("meshcore/errors");
        Predicate<MqttRecorder.Received> three = r -> r.topic().equals("meshcore/messages/lobby")
                && r.payload().contains("\"text\":\"three\"");
        List<MqttRecorder.Received> seen = new ArrayList<>();
        while (seen.stream().noneMatch(limited) || seen.stream().noneMatch(three)) {
            seen.add(recorder.next(limited.or(three)));
        }
        assertThat(seen.stream().filter(limited).findFirst().orElseThrow().payload()).contains("\"error\":\"rate_limited\"");
        assertThat(bridge.inboundRefused()).isEqualTo(malformed.length + 2L);
        assertThat(harness.posts()).extracting(p -> p.text()).containsExactly("hello from node-red", "two", "three");
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void withInboundTurnedOffTheResumedSessionsOldSubscriptionPostsNothing(MqttVersion version) throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain()));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttBridge first = bridge(MqttSettings.to(broker.address()).withVersion(version)
                .withInbound(MqttInboundSettings.as("node-red", 3)), harness, Clock.systemUTC());
        first.inboundReady().get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        first.close();

        MqttRecorder recorder = opened.keep(MqttRecorder.subscribe(broker.port(), "meshcore/#"));
        bridge(MqttSettings.to(broker.address()).withVersion(version), harness, Clock.systemUTC());
        recorder.next(r -> r.topic().equals("meshcore/status") && r.payload().contains("\"online\""));
        recorder.publish("meshcore/send/lobby", "{\"text\":\"inbound is off\"}".getBytes(StandardCharsets.UTF_8));
        harness.post("alice", "after the attempt");
        recorder.next(r -> r.payload().contains("after the attempt"));

        assertThat(harness.posts()).extracting(p -> p.text()).containsExactly("after the attempt");
        assertThat(recorder.all()).noneMatch(r -> r.topic().equals("meshcore/errors"));
    }

    private static ComponentHealth awaitHealth(MqttBridge bridge, ComponentState state) throws Exception {
        MqttStats.State wanted = switch (state) {
            case UP -> MqttStats.State.UP;
            case DOWN -> MqttStats.State.DOWN;
            default -> throw new IllegalArgumentException(state.toString());
        };
        bridge.whenStats(s -> s.state() == wanted).get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return bridge.health();
    }
}
