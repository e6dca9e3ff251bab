package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;

/** The registry fed with contacts as the node reports them, and the monitor's battery and fault inputs. */
class NodeRegistryTest {

    final ManualScheduler scheduler = new ManualScheduler();
    final List<String> events = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();
    final NodeRegistryListener recorder = new NodeRegistryListener() {
        @Override
        public void onNodeUpdated(NodeSnapshot node, NodeUpdate why) {
            events.add(why + " " + node.name());
        }

        @Override
        public void onNodeRemoved(String nodeId) {
            events.add("REMOVED " + nodeId.substring(0, 4));
        }

        @Override
        public void onAlert(Alert alert) {
            alerts.add(alert);
        }
    };

    static Identity key(int n) {
        byte[] seed = new byte[32];
        seed[0] = (byte) n;
        seed[1] = 7;
        return LocalIdentity.fromSeed(Bytes.of(seed)).identity();
    }

    Contact contact(int n, String name, NodeType type, Duration after, int hops) {
        return new Contact(key(n), name, type.code(), Optional.of(new AdvertAppData.Location(51_500_000, -120_000)),
                1_735_689_600L + after.toSeconds(), ManualScheduler.DEFAULT_START.plus(after),
                Optional.of(new SignalReport(-22, -101)), hops, Path.ofOneByteHashes(new int[hops]), "sim0");
    }

    @Test
    void anAdvertBecomesASnapshotWithEverythingItSays() {
        NodeRegistry registry = new NodeRegistry(10);
        registry.addListener(recorder);
        registry.onNodeHeard(contact(1, "hill", NodeType.REPEATER, Duration.ZERO, 2));
        registry.onNodeHeard(contact(1, "hill top", NodeType.REPEATER, Duration.ofMinutes(10), 3));
        registry.onNodeHeard(contact(1, "hill top", NodeType.REPEATER, Duration.ofMinutes(19), 1));

        NodeSnapshot hill = registry.node(key(1).publicKey().hex().toUpperCase()).orElseThrow();
        assertThat(hill.id()).isEqualTo(key(1).publicKey().hex()).hasSize(64);
        assertThat(hill.name()).isEqualTo("hill top");
        assertThat(hill.role()).isEqualTo(NodeRole.REPEATER);
        assertThat(hill.firstHeard()).isEqualTo(ManualScheduler.DEFAULT_START);
        assertThat(hill.lastHeard()).isEqualTo(ManualScheduler.DEFAULT_START.plus(Duration.ofMinutes(19)));
        assertThat(hill.lastAdvertTime()).contains(Instant.ofEpochSecond(1_735_689_600L + 19 * 60));
        assertThat(hill.advertsHeard()).isEqualTo(3);
        assertThat(hill.observedInterval()).as("lower median of 10 and 9 minutes").contains(Duration.ofMinutes(9));
        assertThat(hill.position()).contains(new Position(51.5, -0.12));
        assertThat(Position.of(new AdvertAppData.Location(0, 0))).as("the firmware's unset position").isEmpty();
        assertThat(Position.of(new AdvertAppData.Location(91_000_000, 0))).isEmpty();
        assertThat(hill.signal()).contains(new SignalReport(-22, -101));
        assertThat(hill.hops()).isEqualTo(1);
        assertThat(hill.linkId()).isEqualTo("sim0");
        assertThat(hill.state()).isEqualTo(LivenessState.ONLINE);
        assertThat(registry.nodeByName("hill top")).contains(hill);
        assertThat(events).containsExactly("NEW hill", "HEARD hill top", "HEARD hill top");
    }

    @Test
    void pastItsCapacityTheNodeHeardLeastRecentlyIsForgotten() {
        NodeRegistry registry = new NodeRegistry(2);
        registry.addListener(recorder);
        registry.onNodeHeard(contact(1, "one", NodeType.CHAT, Duration.ZERO, 0));
        registry.onNodeHeard(contact(2, "two", NodeType.SENSOR, Duration.ofMinutes(1), 0));
        registry.onNodeHeard(contact(1, "one", NodeType.CHAT, Duration.ofMinutes(2), 0));
        registry.onNodeHeard(contact(3, "three", NodeType.ROOM, Duration.ofMinutes(3), 0));
        assertThat(registry.nodes()).extracting(NodeSnapshot::name).containsExactlyInAnyOrder("one", "three");
        assertThat(events).contains("REMOVED " + key(2).publicKey().hex().substring(0, 4));
        assertThat(registry.nodes()).extracting(NodeSnapshot::id).isSorted();
    }

    @Test
    void batteryReadingsReachTheSnapshotAndRaiseLowAndOkAlerts() {
        NodeRegistry registry = new NodeRegistry(10);
        LivenessMonitor monitor = new LivenessMonitor(scheduler, registry, LivenessConfig.DEFAULT.withDamping(Duration.ZERO,
                LivenessConfig.FlapDamping.DEFAULT));
        registry.addListener(recorder);
        String id = key(1).publicKey().hex();
        assertThat(registry.reportBattery(id, BatteryReading.ofMillivolts(3300, scheduler.now()))).as("unknown").isFalse();
        registry.onNodeHeard(contact(1, "hill", NodeType.REPEATER, Duration.ZERO, 0));
        assertThat(registry.reportBattery(id, BatteryReading.ofMillivolts(3390, scheduler.now()))).isTrue();
        assertThat(registry.node(id).orElseThrow().batteryLow()).isTrue();
        assertThat(registry.node(id).orElseThrow().battery().orElseThrow().millivolts()).hasValue(3390);
        registry.reportBattery(id, BatteryReading.ofMillivolts(3700, scheduler.now()));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.BATTERY_LOW, AlertKind.BATTERY_OK);
        assertThat(alerts.get(0).node().orElseThrow().batteryLow()).isTrue();
        assertThat(alerts.get(1).node().orElseThrow().batteryLow()).isFalse();
        assertThat(monitor.config().battery()).isEqualTo(LivenessConfig.BatteryPolicy.DEFAULT);
    }

    @Test
    void faultsReportedFromAnotherThreadAreAlertedOnTheSchedulerAfterTheDelay() throws Exception {
        NodeRegistry registry = new NodeRegistry(10);
        LivenessMonitor monitor = new LivenessMonitor(scheduler, registry, LivenessConfig.DEFAULT);
        registry.addListener(recorder);
        monitor.start();
        CompletableFuture.runAsync(() -> monitor.reportFault("mqtt", "broker unreachable: connection refused"))
                .get(10, TimeUnit.SECONDS);
        scheduler.advance(Duration.ofSeconds(59));
        assertThat(alerts).isEmpty();
        assertThat(monitor.faults()).extracting(BridgeFault::component).containsExactly("mqtt");
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.BRIDGE_FAULT);
            assertThat(a.node()).isEmpty();
        });
        monitor.clearFault("mqtt");
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.BRIDGE_FAULT, AlertKind.BRIDGE_RECOVERED);
        assertThat(monitor.faults()).isEmpty();
    }

    @Test
    void aRadioThatReconnectsWithinTheDelayRaisesNothing() {
        NodeRegistry registry = new NodeRegistry(10);
        LivenessMonitor monitor = new LivenessMonitor(scheduler, registry, LivenessConfig.DEFAULT);
        registry.addListener(recorder);
        monitor.start();
        monitor.onLinkStateChanged("kiss0", new LinkState.Connecting());
        assertThat(monitor.isHearing()).isFalse();
        scheduler.advance(Duration.ofSeconds(20));
        monitor.onLinkStateChanged("kiss0", new LinkState.Up("KISS modem on /dev/ttyUSB0"));
        assertThat(monitor.isHearing()).isTrue();
        monitor.onLinkStateChanged("kiss0", new LinkState.Down("serial port closed"));
        scheduler.advance(Duration.ofSeconds(50));
        monitor.onLinkStateChanged("kiss0", new LinkState.Up("KISS modem on /dev/ttyUSB0"));
        scheduler.advance(Duration.ofMinutes(5));
        assertThat(alerts).isEmpty();
        assertThat(monitor.faults()).isEmpty();
    }

    @Test
    void readersOnOtherThreadsSeeWholeSnapshotsWhileTheSchedulerWrites() throws Exception {
        NodeRegistry registry = new NodeRegistry(1000);
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            int seen = 0;
            for (int i = 0; i < 2000; i++) {
                for (NodeSnapshot n : registry.nodes()) {
                    assertThat(n.name()).isEqualTo("n" + n.advertsHeard());
                    seen++;
                }
            }
            return seen;
        });
        for (int round = 1; round <= 20; round++) {
            for (int n = 0; n < 50; n++) {
                registry.onNodeHeard(contact(n, "n" + round, NodeType.REPEATER, Duration.ofMinutes(round), 0));
            }
        }
        assertThat(reader.get(60, TimeUnit.SECONDS)).isNotNegative();
        assertThat(registry.size()).isEqualTo(50);
    }
}
