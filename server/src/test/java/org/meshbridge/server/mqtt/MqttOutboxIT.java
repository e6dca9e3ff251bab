package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;

/** The outbox across a meshbridge restart and at its limit, with a real Mosquitto and SQLite. */
class MqttOutboxIT {

    @TempDir
    Path dir;

    @Test
    void whatTheBrokerDidNotTakeBeforeAStopIsPublishedFirstAfterTheNextStart() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("outbox.db");
        MosquittoBroker broker = MosquittoBroker.start(dir, MosquittoBroker.Options.plain());
        BrokerAddress address = broker.address();
        broker.stop();
        MqttSettings settings = MqttSettings.to(address).withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(100));
        try (Storage storage = Stores.open(url); RoomsHarness harness = new RoomsHarness(storage)) {
            MqttBridge bridge = MqttBridge.create(settings, "bridge-restart", storage.outbox(), RoomsHarness::health,
                    Clock.systemUTC(), new SplittableRandom(1));
            bridge.start();
            bridge.attach(harness.rooms());
            for (int i = 0; i < 30; i++) {
                harness.post("alice", "kept " + i);
            }
            bridge.whenStats(s -> s.backlog() == 30).get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            bridge.close();
        }
        broker.start();
        try (broker; Storage storage = Stores.open(url); RoomsHarness harness = new RoomsHarness(storage);
             MqttRecorder recorder = MqttRecorder.subscribe(broker.port(), "meshcore/messages/#")) {
            MqttBridge bridge = MqttBridge.create(settings, "bridge-restart", storage.outbox(), RoomsHarness::health,
                    Clock.systemUTC(), new SplittableRandom(2));
            bridge.start();
            bridge.attach(harness.rooms());
            harness.post("bob", "new");
            List<String> texts = new ArrayList<>();
            while (!texts.contains("new")) {
                texts.add(MqttJson.MAPPER.readTree(recorder.next(r -> true).payload()).path("text").asText());
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                expected.add("kept " + i);
            }
            expected.add("new");
            assertThat(texts).isEqualTo(expected);
            bridge.whenStats(s -> s.backlog() == 0).get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            bridge.close();
            storage.drain();
            assertThat(storage.outbox().load("bridge-restart")).isEmpty();
        }
    }

    @Test
    void pastItsLimitTheOutboxDropsNewMessagesAndCountsThem() throws Exception {
        MosquittoBroker broker = MosquittoBroker.start(dir, MosquittoBroker.Options.plain());
        BrokerAddress address = broker.address();
        broker.stop();
        try (broker; RoomsHarness harness = new RoomsHarness(dir)) {
            MqttSettings settings = MqttSettings.to(address).withOutboxLimit(10)
                    .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(100));
            MqttBridge bridge = MqttBridge.create(settings, "bridge-full", harness.storage.outbox(), RoomsHarness::health,
                    Clock.systemUTC(), new SplittableRandom(1));
            bridge.start();
            bridge.attach(harness.rooms());
            for (int i = 0; i < 15; i++) {
                harness.post("alice", "post " + i);
            }
            MqttStats full = bridge.whenStats(s -> s.overflow() == 5).get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(full.backlog()).isEqualTo(10);
            assertThat(bridge.health().overflow()).isEqualTo(5L);
            broker.start();
            try (MqttRecorder recorder = MqttRecorder.subscribe(broker.port(), "meshcore/messages/#")) {
                bridge.whenStats(s -> s.published() == 10).get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            bridge.close();
        }
    }
}
