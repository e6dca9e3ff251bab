package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.PacketHearing;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.config.MqttSettings;

/**
 * {@code {p}/nodes/{id}} against a real Mosquitto while a busy repeater relays a packet every
 * 0.6 s (virtual time): refreshes by packets alone go out at most once per
 * {@code node_update_interval} (60 s), the latest held until then; a new node and a battery
 * reading go out at once.
 */
class NodeUpdatesIT {

    private static final Identity BRIDGE = Identity.fromHex("c7".repeat(32));
    private static final Identity HILL = Identity.fromHex("a1" + "01".repeat(31));
    private static final Identity VALE = Identity.fromHex("b2" + "02".repeat(31));
    private static final Duration EVERY = Duration.ofMillis(600);

    @TempDir
    java.nio.file.Path dir;
    @RegisterExtension
    final OpenedInTest opened = new OpenedInTest();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final NodeRegistry registry = new NodeRegistry(100);
    private final PacketHearing hearing = new PacketHearing(registry, BRIDGE);

    @Test
    void packetRefreshesAreThrottledPerNodeWhileNewNodesAndBatteryGoOutAtOnce() throws Exception {
        MosquittoBroker broker = opened.keep(MosquittoBroker.start(dir, MosquittoBroker.Options.plain()));
        MqttRecorder recorder = opened.keep(MqttRecorder.subscribe(broker.port(), "meshcore/#"));
        MqttBridge bridge = MqttBridge.create(MqttSettings.to(broker.address()), "nodes-test", InMemoryOutbox.INSTANCE,
                RoomsHarness::health, SchedulerClock.of(scheduler), new SplittableRandom(1));
        opened.keep(bridge::close);
        bridge.start();
        bridge.attachNodes(registry, scheduler);
        Instant t0 = scheduler.now();

        registry.onNodeHeard(advert(HILL, "hill", t0));
        relay(100);                                              // 0.6 s .. 60 s
        scheduler.advance(Duration.ofSeconds(10));               // 70 s
        registry.reportBattery(HILL.publicKey().hex(), BatteryReading.ofMillivolts(3950, scheduler.now()));
        relay(10);                                               // 70.6 s .. 76 s
        registry.onNodeHeard(advert(VALE, "vale", scheduler.now()));
        relay(50);                                               // 76.6 s .. 106 s
        scheduler.advance(Duration.ofSeconds(60));               // 166 s
        bridge.publish("meshcore/test/end", "{}", false);
        recorder.next(r -> r.topic().equals("meshcore/test/end"));

        List<JsonNode> hill = states(recorder, HILL);
        assertThat(hill).extracting(n -> seconds(t0, n.path("time").asText()) + "s packets=" + n.path("packets_heard").asLong()
                        + (n.has("battery") ? " battery" : ""))
                .as("new at once; 99 packets within its first minute: one message when the minute is up (the 100th, at"
                        + " 60 s, waits and rides with the battery); the battery at once; the next 60 packets: one"
                        + " message a minute after the battery's")
                .containsExactly("0.0s packets=0", "60.0s packets=99", "70.0s packets=100 battery",
                        "130.0s packets=160 battery");
        assertThat(states(recorder, VALE)).extracting(n -> seconds(t0, n.path("time").asText()))
                .as("a new node at once, though hill published 6 s before").containsExactly(76.0);
        assertThat(hill.get(3).path("last_heard").asText()).as("the held state is the latest")
                .isEqualTo(MqttJson.time(t0.plus(EVERY.multipliedBy(160)).plusSeconds(10)));
        assertThat(hill.get(3).path("direct").path("snr_db").asDouble()).isEqualTo(-3.5);
        for (MqttRecorder.Received r : recorder.all()) {
            if (r.topic().startsWith("meshcore/nodes/")) {
                assertThat(MqttSchemas.validate(r.topic(), r.payload())).as(r.payload()).isEmpty();
            }
        }
        try (MqttRecorder late = MqttRecorder.subscribe(broker.port(), "meshcore/nodes/" + HILL.publicKey().hex())) {
            MqttRecorder.Received retained = late.next(r -> true);
            assertThat(retained.retain()).isTrue();
            assertThat(MqttJson.MAPPER.readTree(retained.payload()).path("packets_heard").asLong()).isEqualTo(160);
        }
    }

    /** {@code n} floods relayed last by hill, one every 0.6 s from now. */
    private void relay(int n) {
        for (int i = 0; i < n; i++) {
            scheduler.advance(EVERY);
            Packet packet = new Packet(RouteType.FLOOD, PayloadType.GRP_TXT.code(), 0, Optional.empty(),
                    Path.ofOneByteHashes(0x44, 0xa1), Bytes.of(new byte[] {(byte) i, 1, 2, 3}));
            hearing.onPacketReceived(new ReceivedPacket(ReceivedFrame.withSignal("sim0", packet.encode(), -14, -109,
                    scheduler.now()), packet, false));
        }
    }

    private static Contact advert(Identity who, String name, Instant at) {
        return new Contact(who, name, NodeType.REPEATER.code(), Optional.empty(), at.getEpochSecond(), at,
                Optional.of(new SignalReport(20, -90)), 0, Path.EMPTY, "sim0");
    }

    private static List<JsonNode> states(MqttRecorder recorder, Identity who) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (MqttRecorder.Received r : recorder.all()) {
            if (r.topic().equals("meshcore/nodes/" + who.publicKey().hex())) {
                found.add(MqttJson.MAPPER.readTree(r.payload()));
            }
        }
        return found;
    }

    private static double seconds(Instant t0, String time) {
        return Duration.between(t0, Instant.parse(time)).toMillis() / 1000.0;
    }
}
