package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.LivenessMonitor;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.MaintenanceWindow;
import org.meshbridge.core.nodes.NodeMatch;
import org.meshbridge.core.nodes.NodeOverride;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.time.ManualScheduler;

/**
 * Issue 8's liveness scenarios: the bridge's {@code MeshNode} with a {@link NodeRegistry} and a
 * {@link LivenessMonitor} (default settings: a repeater heard every 2 minutes is late after 5 and
 * offline after 10) among simulated repeaters that are switched off and on, on the virtual clock.
 */
class LivenessScenarioIT {

    private static final long SEED = 8;
    /** A repeater as a new install adverts: zero-hop 16 s after boot, then every 2 minutes. */
    private static final SimRepeater.Settings NEW_INSTALL = new SimRepeater.Settings(Duration.ofSeconds(16),
            Duration.ofMinutes(2), Duration.ZERO);
    private static final Duration CHECK = LivenessConfig.DEFAULT.checkEvery();

    /** Registry, monitor and the alerts they raised, on a harness's node. */
    static final class Watch implements NodeRegistryListener {
        final NodeRegistry registry = new NodeRegistry(100);
        final LivenessMonitor monitor;
        final List<Alert> alerts = new ArrayList<>();

        Watch(ManualScheduler scheduler, MeshNode node, LivenessConfig config) {
            monitor = new LivenessMonitor(scheduler, registry, config);
            registry.addListener(this);
            node.addListener(registry);
            node.addListener(monitor);
            monitor.start();
        }

        @Override
        public void onAlert(Alert alert) {
            alerts.add(alert);
        }

        List<Alert> about(String name) {
            return alerts.stream().filter(a -> a.node().map(NodeSnapshot::name).orElse("").equals(name)).toList();
        }

        List<AlertKind> kinds(String name) {
            return about(name).stream().map(Alert::kind).toList();
        }

        NodeSnapshot node(String name) {
            return registry.nodeByName(name).orElseThrow();
        }
    }

    /** A repeater next to the bridge, booted {@code offsetSeconds} from now so that neighbours do not advert over each other. */
    private static SimRepeater repeater(BridgeHarness h, String name, int offsetSeconds) {
        SimRepeater r = new SimRepeater(name, SimIdentities.derive(name, SEED), h.mesh.air,
                new SplittableRandom(SEED ^ name.hashCode()), NEW_INSTALL);
        h.mesh.air.setLinks(name, BridgeHarness.BRIDGE, LinkQuality.good());
        h.mesh.scheduler.schedule(Duration.ofSeconds(offsetSeconds), r::start);
        return r;
    }

    private static Instant now(BridgeHarness h) {
        return h.mesh.scheduler.now();
    }

    @Test
    void aRepeaterThatGoesSilentIsAlertedOnceAfterItsThresholdAndRecoveredOnceWhenItReturns() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        Watch w = new Watch(h.mesh.scheduler, h.node, LivenessConfig.DEFAULT);
        SimRepeater hill = repeater(h, "hill", 0);
        h.mesh.run(Duration.ofMinutes(20));
        NodeSnapshot before = w.node("hill");
        assertThat(before.advertsHeard()).as("0:16, then every 2 minutes to 18:00").isEqualTo(10);
        assertThat(before.role()).isEqualTo(NodeRole.REPEATER);
        assertThat(before.observedInterval()).contains(Duration.ofMinutes(2));
        assertThat(before.monitored()).isTrue();
        assertThat(before.state()).isEqualTo(LivenessState.ONLINE);
        assertThat(before.hops()).isZero();
        assertThat(before.signal()).isPresent();

        hill.setRunning(false);
        h.mesh.run(Duration.ofHours(3));
        assertThat(w.alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.NODE_SILENT);
            assertThat(a.subject()).isEqualTo(hill.identity().publicKey().hex());
            Instant due = a.node().orElseThrow().lastHeard().plus(Duration.ofMinutes(10));
            assertThat(a.at()).as("offline 10 min after it was last heard").isBetween(due, due.plus(CHECK));
            assertThat(a.node().orElseThrow().state()).isEqualTo(LivenessState.OFFLINE);
        });

        hill.setRunning(true);
        Instant back = now(h);
        h.mesh.run(Duration.ofMinutes(30));
        assertThat(w.kinds("hill")).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(w.about("hill").get(1).at()).as("its boot advert, when it has been on the air")
                .isBetween(back.plusSeconds(16), back.plusSeconds(17));
        assertThat(w.node("hill").state()).isEqualTo(LivenessState.ONLINE);
    }

    @Test
    void aFlappingRepeaterIsAlertedOnceWithTheDefaultCooldown() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        Watch w = new Watch(h.mesh.scheduler, h.node, LivenessConfig.DEFAULT);
        flap(h, repeater(h, "hill", 0));
        assertThat(w.kinds("hill")).as("later outages fall in the hour's cooldown, then flap damping holds them")
                .containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
    }

    /** Eight outages of 12 minutes, 3 minutes apart, then stable for 6 hours. */
    private static void flap(BridgeHarness h, SimRepeater hill) {
        h.mesh.run(Duration.ofMinutes(10));
        for (int i = 0; i < 8; i++) {
            hill.setRunning(false);
            h.mesh.run(Duration.ofMinutes(12));
            hill.setRunning(true);
            h.mesh.run(Duration.ofMinutes(3));
        }
        h.mesh.run(Duration.ofHours(6));
    }

    @Test
    void withoutCooldownAFlappingRepeaterIsDampedAfterThreeOutages() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        Watch w = new Watch(h.mesh.scheduler, h.node,
                LivenessConfig.DEFAULT.withDamping(Duration.ZERO, LivenessConfig.FlapDamping.DEFAULT));
        flap(h, repeater(h, "hill", 0));

        assertThat(w.kinds("hill")).as("penalty 1, 1.84, 2.55 alerted; from 3.14 on held; back and stable at the end")
                .containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT,
                        AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(w.node("hill").state()).isEqualTo(LivenessState.ONLINE);
    }

    @Test
    void aMaintenanceWindowSuppressesTheAlertsOfTheNodesItCovers() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        Instant start = now(h);
        LivenessConfig config = LivenessConfig.DEFAULT.withMaintenance(List.of(new MaintenanceWindow(
                List.of(NodeMatch.byName("hill")), new MaintenanceWindow.Once(start.plus(Duration.ofMinutes(15)),
                start.plus(Duration.ofMinutes(60))))));
        Watch w = new Watch(h.mesh.scheduler, h.node, config);
        SimRepeater hill = repeater(h, "hill", 0);
        SimRepeater valley = repeater(h, "valley", 20);
        h.mesh.run(Duration.ofMinutes(20));
        hill.setRunning(false);
        valley.setRunning(false);
        h.mesh.run(Duration.ofMinutes(25));
        assertThat(w.node("hill").maintenance()).isTrue();
        assertThat(w.node("hill").state()).isEqualTo(LivenessState.OFFLINE);
        hill.setRunning(true);
        h.mesh.run(Duration.ofSeconds(20));
        valley.setRunning(true);
        h.mesh.run(Duration.ofHours(2));

        assertThat(w.kinds("hill")).as("its work fell in the window").isEmpty();
        assertThat(w.kinds("valley")).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(w.node("hill").maintenance()).isFalse();
    }

    @Test
    void theBridgesOwnRadioFailingRaisesOneBridgeAlertAndNoNodeAlerts() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        Watch w = new Watch(h.mesh.scheduler, h.node, LivenessConfig.DEFAULT);
        SimRepeater hill = repeater(h, "hill", 0);
        repeater(h, "valley", 20);
        repeater(h, "ridge", 40);
        h.mesh.run(Duration.ofMinutes(20));
        Instant hillLastHeard = w.node("hill").lastHeard();

        Instant failed = now(h);
        h.link.fail("serial port closed");
        hill.setRunning(false); // and hill really dies while the bridge cannot hear
        h.mesh.run(Duration.ofHours(2));
        assertThat(w.monitor.isHearing()).isFalse();
        assertThat(w.monitor.faults()).singleElement().satisfies(f -> assertThat(f.component()).isEqualTo("radio:bridge"));
        assertThat(w.alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.BRIDGE_FAULT);
            assertThat(a.subject()).isEqualTo("radio:bridge");
            assertThat(a.reason()).startsWith("radio:bridge: radio link down: serial port closed");
            assertThat(a.at()).isBetween(failed.plus(Duration.ofMinutes(1)), failed.plus(Duration.ofMinutes(1)).plus(CHECK));
        });

        Instant restored = now(h);
        h.link.restore();
        h.mesh.run(Duration.ofMinutes(30));
        assertThat(w.alerts).extracting(Alert::kind).containsExactly(AlertKind.BRIDGE_FAULT, AlertKind.BRIDGE_RECOVERED,
                AlertKind.NODE_SILENT);
        assertThat(w.alerts.get(1).at()).isEqualTo(restored);
        Alert hillSilent = w.alerts.get(2);
        assertThat(hillSilent.node().orElseThrow().name()).isEqualTo("hill");
        Duration heardBeforeTheFailure = Duration.between(hillLastHeard, failed);
        Instant due = restored.plus(Duration.ofMinutes(10)).minus(heardBeforeTheFailure);
        assertThat(hillSilent.at()).as("its silence clock resumed where it stopped").isBetween(due, due.plus(CHECK));
        assertThat(w.node("valley").state()).isEqualTo(LivenessState.ONLINE);
        assertThat(w.node("ridge").state()).isEqualTo(LivenessState.ONLINE);
    }

    @Test
    void aCompanionThatAcksTheBridgesMessagesCountsAsHeardWithoutAdverts() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        Watch w = new Watch(h.mesh.scheduler, h.node, LivenessConfig.DEFAULT.withOverrides(List.of(new NodeOverride(
                NodeMatch.byName("alice"), Optional.of(true), Optional.of(Duration.ofMinutes(10)), Optional.empty(),
                Optional.empty()))));
        SimCompanion alice = h.mesh.companion("alice");
        h.mesh.line("alice", BridgeHarness.BRIDGE);
        h.introduceDana(alice);
        Instant advertHeard = w.node("alice").lastHeard();
        for (int i = 0; i < 6; i++) {
            h.mesh.run(Duration.ofMinutes(20));
            h.node.sendText(h.dana.identity(), alice.identity().identity(), "still there? " + i, TrafficOrigin.INTERNET);
            h.mesh.run(Duration.ofSeconds(30));
        }
        assertThat(w.alerts).as("two hours without an advert, but every ACK is proof").isEmpty();
        assertThat(w.node("alice").lastHeard()).isAfter(advertHeard.plus(Duration.ofHours(2)));
        assertThat(w.node("alice").advertsHeard()).isEqualTo(1);

        alice.setRunning(false);
        h.mesh.run(Duration.ofMinutes(20));
        h.node.sendText(h.dana.identity(), alice.identity().identity(), "hello?", TrafficOrigin.INTERNET);
        h.mesh.run(Duration.ofMinutes(20));
        assertThat(w.kinds("alice")).containsExactly(AlertKind.NODE_SILENT);
    }

    @Test
    void inTheDemoTheScriptedOutageOfR2IsAlertedOnceAndItsRecoveryFollows() {
        ManualScheduler scheduler = new ManualScheduler();
        DemoMesh demo = DemoMesh.create(scheduler, SEED);
        AirtimeEstimator estimator = AirtimeEstimator.lora(demo.radioLink().modulation());
        MeshNode node = MeshNode.builder(scheduler, SimIdentities.derive("bridge", SEED))
                .link(demo.radioLink(), new AirtimeScheduler(scheduler, demo.radioLink(), estimator,
                        AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 10))), estimator)
                .random(new SplittableRandom(SEED)).build();
        Watch w = new Watch(scheduler, node, LivenessConfig.DEFAULT);
        node.start();
        Instant start = scheduler.now();
        demo.start();
        scheduler.advance(Duration.ofHours(1));

        Instant outage = start.plus(DemoMesh.OUTAGE_START);
        Instant back = outage.plus(DemoMesh.OUTAGE_LENGTH);
        assertThat(w.alerts).as("r1 stays, companions are not monitored").extracting(Alert::kind)
                .containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(w.about(DemoMesh.OUTAGE_NODE)).hasSize(2);
        assertThat(w.alerts.get(0).at()).isBetween(outage.plus(Duration.ofMinutes(8)), outage.plus(Duration.ofMinutes(11)));
        assertThat(w.alerts.get(1).at()).isBetween(back, back.plus(Duration.ofMinutes(1)));
        assertThat(w.registry.nodes()).extracting(NodeSnapshot::name).contains("r1", "r2", "alice", "bob", "carol");
        assertThat(w.node("alice").role()).isEqualTo(NodeRole.COMPANION);
        assertThat(w.node("alice").hops()).as("alice floods via r1").isPositive();
        assertThat(w.node("r1").position()).as("r1 adverts lat/lon 0, 0: no position set").isEmpty();
        assertThat(Optional.of(w.node("r1").state())).contains(LivenessState.ONLINE);
        demo.stop();
    }
}
