package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.mqtt.MosquittoBroker;
import org.meshbridge.server.mqtt.MqttRecorder;
import org.meshbridge.server.mqtt.MqttSchemas;

/**
 * The demo with {@code --mqtt}: a subscriber to {@code meshcore/#} on a real Mosquitto sees the
 * status, the simulated nodes' states and the lobby's posts, each valid against its schema; and
 * {@code /healthz} shows the broker.
 */
class MqttDemoRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theDemoPublishesStatusNodesAndRoomPosts() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir, MosquittoBroker.Options.plain());
             MqttRecorder recorder = MqttRecorder.subscribe(broker.port(), "meshcore/#")) {
            ManualScheduler scheduler = new ManualScheduler();
            Launch launch = new DemoSettings(new InetSocketAddress("127.0.0.1", 0), false, dir.resolve("data"),
                    Optional.of(broker.address())).launch();
            MeshbridgeServer server = MeshbridgeServer.start(launch,
                    new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
            scheduler.afterEachTask(server::settleStore);
            try {
                MqttRecorder.Received status = recorder.next(r -> r.topic().equals("meshcore/status"));
                assertThat(MqttSchemas.validate(status.topic(), status.payload())).isEmpty();
                for (int s = 0; s < 30 * 60; s++) {
                    scheduler.advance(Duration.ofSeconds(1));
                    server.drainStore();
                }
                MqttRecorder.Received node = recorder.next(r -> r.topic().startsWith("meshcore/nodes/"));
                MqttRecorder.Received post = recorder.next(r -> r.topic().equals("meshcore/messages/lobby"));
                assertThat(node.retain()).isFalse();
                for (MqttRecorder.Received r : recorder.all()) {
                    assertThat(MqttSchemas.validate(r.topic(), r.payload())).as(r.topic() + " " + r.payload()).isEmpty();
                }
                JsonNode nodeJson = JSON.readTree(node.payload());
                assertThat(node.topic()).isEqualTo("meshcore/nodes/" + nodeJson.path("id").asText());
                assertThat(JSON.readTree(post.payload()).path("origin").asText()).isEqualTo("rf");
                JsonNode mqtt = HttpJson.get(server.httpAddress(), "/healthz").body().path("mqtt");
                assertThat(mqtt.path("state").asText()).isEqualTo("up");
                assertThat(mqtt.path("url").asText()).isEqualTo(broker.address().toString());
                assertThat(server.mqtt()).isPresent();
            } finally {
                server.close();
                scheduler.runPending();
            }
            MqttRecorder.Received offline = recorder.next(r -> r.topic().equals("meshcore/status")
                    && r.payload().contains("\"offline\""));
            assertThat(MqttSchemas.validate(offline.topic(), offline.payload())).isEmpty();
            assertThat(offline.payload()).contains("\"reason\":\"stopped\"");
        }
    }
}
