package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.server.config.MqttInboundSettings;
import org.meshbridge.server.config.MqttSettings;

/** The bridge against a real Mosquitto, MQTT 5 and 3.1.1: topics, schemas, order, a broker restart. */
class MqttBridgeIT {

    @TempDir
    Path dir;
    @RegisterExtension
    final OpenedInTest opened = new OpenedInTest();

    private MqttBridge bridge(MqttSettings settings, RoomsHarness harness) {
        MqttBridge bridge = MqttBridge.create(settings, "bridge-test", harness.storage.outbox(), RoomsHarness::health,
                Clock.systemUTC(), new SplittableRandom(1));
        opened.keep(bridge::close);
        bridge.start();
        bridge.attach(harness.rooms());
        return bridge;
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void roomPostsAppearOnTheirTopicInOrderAndTheStatusIsRetained(MqttVersion version) throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain()));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttRecorder recorder = opened.keep(MqttRecorder.subscribe(broker.port(), "meshcore/#"));
        bridge(MqttSettings.to(broker.address()).withVersion(version), harness);

        MqttRecorder.Received status = recorder.next(r -> r.topic().equals("meshcore/status"));
        for (int i = 0; i < 20; i++) {
            harness.post("alice", "post " + i);
        }
        List<MqttRecorder.Received> messages = recorder.next(20, "meshcore/messages/");

        assertThat(MqttSchemas.validate(status.topic(), status.payload())).isEmpty();
        assertThat(MqttJson.MAPPER.readTree(status.payload()).path("status").asText()).isEqualTo("online");
        for (int i = 0; i < 20; i++) {
            MqttRecorder.Received m = messages.get(i);
            assertThat(m.topic()).isEqualTo("meshcore/messages/lobby");
            assertThat(MqttSchemas.validate(m.topic(), m.payload())).isEmpty();
            JsonNode json = MqttJson.MAPPER.readTree(m.payload());
            assertThat(json.path("text").asText()).isEqualTo("post " + i);
            assertThat(json.path("author").asText()).isEqualTo("alice");
            assertThat(json.path("origin").asText()).isEqualTo("internet");
            assertThat(json.path("id").isIntegralNumber()).isTrue();
        }
        try (MqttRecorder late = MqttRecorder.subscribe(broker.port(), "meshcore/status")) {
            MqttRecorder.Received retained = late.next(r -> true);
            assertThat(retained.retain()).isTrue();
        }
    }

    static Stream<Arguments> versionsWithAndWithoutInbound() {
        return Stream.of(MqttVersion.values()).flatMap(v -> Stream.of(Arguments.of(v, false), Arguments.of(v, true)));
    }

    /** With inbound on, the session is persistent and every reconnect resumes it on the same client. */
    @ParameterizedTest(name = "MQTT {0}, inbound (persistent session): {1}")
    @MethodSource("versionsWithAndWithoutInbound")
    void postsMadeWhileTheBrokerIsDownArriveAfterItRestartsInOrderWithNothingLost(MqttVersion version, boolean inbound)
            throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain().withPersistence()));
        RoomsHarness harness = opened.keep(new RoomsHarness(dir));
        MqttRecorder recorder = opened.keep(MqttRecorder.subscribePersistent(broker.port(), "meshcore/messages/#"));
        MqttSettings settings = MqttSettings.to(broker.address()).withVersion(version)
                .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(200));
        if (inbound) {
            settings = settings.withInbound(MqttInboundSettings.as("node-red", 3));
        }
        MqttBridge bridge = bridge(settings, harness);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("before " + i);
            harness.post("alice", "before " + i);
        }
        recorder.next(r -> r.payload().contains("\"before 0\""));

        broker.stop();
        for (int i = 0; i < 200; i++) {
            expected.add("during " + i);
            harness.post("bob", "during " + i);
        }
        broker.start();
        for (int i = 0; i < 50; i++) {
            expected.add("after " + i);
            harness.post("carol", "after " + i);
        }

        List<String> texts = new ArrayList<>(List.of("before 0"));
        while (!texts.contains("after 49")) {
            MqttRecorder.Received m;
            try {
                m = recorder.next(r -> r.topic().startsWith("meshcore/messages/"));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nbridge: " + bridge.stats() + "\nbroker log:\n" + broker.log(), e);
            }
            texts.add(MqttJson.MAPPER.readTree(m.payload()).path("text").asText());
        }
        assertThat(texts.stream().distinct().toList()).as("first deliveries, in order; broker log:\n" + broker.log())
                .isEqualTo(expected);
        assertThat(bridge.stats().overflow()).isZero();
        assertThat(bridge.stats().disconnects()).isGreaterThanOrEqualTo(1);
    }
}
