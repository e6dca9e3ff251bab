package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * The registry and the liveness monitor kept in a store across restarts, on virtual time: the
 * downtime counts as deaf time, alerts already sent are not sent again, and saves are coalesced.
 */
class NodeJournalTest {

    static final Duration DOWNTIME = Duration.ofHours(5);
    final InMemoryNodeStore store = new InMemoryNodeStore();

    /** One run of the bridge's registry, monitor and journal on {@code store}. */
    final class Run {
        final ManualScheduler scheduler;
        final NodeRegistry registry;
        final LivenessMonitor monitor;
        final NodeJournal journal;
        final List<Alert> alerts = new ArrayList<>();
        final int restored;

        Run(Instant start, int capacity) {
            scheduler = new ManualScheduler(start);
            registry = new NodeRegistry(capacity);
            monitor = new LivenessMonitor(scheduler, registry, LivenessConfig.DEFAULT);
            journal = new NodeJournal(scheduler, registry, monitor, store);
            restored = journal.restore();
            registry.addListener(new NodeRegistryListener() {
                @Override
                public void onAlert(Alert alert) {
                    alerts.add(alert);
                }
            });
            monitor.start();
            journal.start();
        }

        Run(Instant start) {
            this(start, 100);
        }

        void advert(int n, String name) {
            registry.onNodeHeard(new Contact(key(n), name, NodeType.REPEATER.code(),
                    Optional.of(new AdvertAppData.Location(51_500_000, -120_000)), scheduler.now().getEpochSecond(),
                    scheduler.now(), Optional.of(new SignalReport(-22, -101)), 1, Path.ofOneByteHashes(new int[1]), "sim0"));
        }

        NodeSnapshot node(int n) {
            return registry.node(key(n).publicKey().hex()).orElseThrow();
        }

        void stop() {
            monitor.stop();
            journal.stop();
        }
    }

    static Identity key(int n) {
        byte[] seed = new byte[32];
        seed[0] = (byte) n;
        seed[1] = 9;
        return LocalIdentity.fromSeed(Bytes.of(seed)).identity();
    }

    /** Repeater 1 adverts every 2 minutes for 18 minutes; repeater 2 for 6 minutes, then is alerted silent. */
    Run firstRun() {
        Run run = new Run(ManualScheduler.DEFAULT_START);
        for (int minute = 0; minute <= 18; minute += 2) {
            run.advert(1, "hill");
            if (minute <= 6) {
                run.advert(2, "valley");
            }
            run.scheduler.advance(Duration.ofMinutes(2));
        }
        assertThat(run.alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT);
        assertThat(run.node(2).state()).isEqualTo(LivenessState.OFFLINE);
        return run;
    }

    @Test
    void aNodeSilentThroughTheDowntimeIsAlertedOnceAndAnAlertedOneOnlyRecovers() {
        Run first = firstRun();
        Instant stop = first.scheduler.now(); // 20 min: hill last heard 2 min ago
        first.stop();

        Run second = new Run(stop.plus(DOWNTIME));
        Instant restart = second.scheduler.now();
        assertThat(second.restored).isEqualTo(2);
        NodeSnapshot hill = second.node(1);
        assertThat(hill.observedInterval()).as("the interval survives").contains(Duration.ofMinutes(2));
        assertThat(hill.advertsHeard()).isEqualTo(10);
        assertThat(hill.state()).isEqualTo(LivenessState.ONLINE);
        assertThat(hill.monitored()).isTrue();
        assertThat(hill.position()).contains(new Position(51.5, -0.12));
        assertThat(second.node(2).state()).isEqualTo(LivenessState.OFFLINE);

        second.scheduler.advance(Duration.ofMinutes(7));
        assertThat(second.alerts).as("nobody alerted for the bridge's downtime").isEmpty();
        second.scheduler.advance(Duration.ofMinutes(2));
        assertThat(second.alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT);
        assertThat(second.alerts.get(0).subject()).isEqualTo(key(1).publicKey().hex());
        assertThat(second.alerts.get(0).at()).as("10 min offline threshold less the 2 min heard before the stop")
                .isBetween(restart.plus(Duration.ofMinutes(8)), restart.plus(Duration.ofMinutes(8).plusSeconds(30)));

        second.advert(2, "valley");
        assertThat(second.alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(second.alerts.get(1).subject()).isEqualTo(key(2).publicKey().hex());
        second.scheduler.advance(Duration.ofHours(3));
        assertThat(second.alerts).as("hill alerted once; valley silent again after its one advert")
                .extracting(a -> a.kind() + " " + a.displayName())
                .containsExactly("NODE_SILENT hill", "NODE_RECOVERED valley", "NODE_SILENT valley");
    }

    @Test
    void aNodeOfflineAndAlertedStaysOfflineThroughTwoRestartsWithoutANewAlert() {
        Run first = firstRun();
        first.stop();
        Run second = new Run(first.scheduler.now().plus(DOWNTIME));
        second.scheduler.advance(Duration.ofMinutes(20));
        second.stop();
        Run third = new Run(second.scheduler.now().plus(DOWNTIME));
        third.scheduler.advance(Duration.ofHours(2));
        assertThat(second.alerts).extracting(Alert::subject).containsExactly(key(1).publicKey().hex());
        assertThat(third.alerts).isEmpty();
        assertThat(third.node(1).state()).isEqualTo(LivenessState.OFFLINE);
        third.advert(1, "hill");
        assertThat(third.alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_RECOVERED);
    }

    @Test
    void aBridgeDeafWhenItStoppedCountsItsDowntimeFromWhenItWentDeaf() {
        Run first = new Run(ManualScheduler.DEFAULT_START);
        first.monitor.onLinkStateChanged("sim0", new LinkState.Up("sim"));
        for (int minute = 0; minute <= 18; minute += 2) {
            first.advert(1, "hill");
            first.scheduler.advance(Duration.ofMinutes(2));
        }
        first.scheduler.advance(Duration.ofMinutes(1)); // 21 min
        first.monitor.onLinkStateChanged("sim0", new LinkState.Down("serial port closed")); // hill silent 3 min
        first.scheduler.advance(Duration.ofMinutes(40));
        assertThat(first.alerts).extracting(Alert::kind).containsOnly(AlertKind.BRIDGE_FAULT);
        first.stop();

        Run second = new Run(first.scheduler.now().plus(DOWNTIME));
        Instant restart = second.scheduler.now();
        second.scheduler.advance(Duration.ofMinutes(6).plusSeconds(50));
        assertThat(second.alerts).isEmpty();
        second.scheduler.advance(Duration.ofMinutes(1));
        assertThat(second.alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT);
        assertThat(second.alerts.get(0).at()).isBetween(restart.plus(Duration.ofMinutes(7)),
                restart.plus(Duration.ofMinutes(7).plusSeconds(30)));
    }

    @Test
    void silenceClocksMovedOnByADeafTimeAreSavedSoACrashAfterItKeepsTheCredit() {
        Run first = new Run(ManualScheduler.DEFAULT_START);
        first.monitor.onLinkStateChanged("sim0", new LinkState.Up("sim"));
        for (int minute = 0; minute <= 18; minute += 2) {
            first.advert(1, "hill");
            first.scheduler.advance(Duration.ofMinutes(2));
        }
        Instant heard = first.node(1).lastHeard();
        first.monitor.onLinkStateChanged("sim0", new LinkState.Down("serial port closed"));
        first.scheduler.advance(Duration.ofHours(1));
        first.monitor.onLinkStateChanged("sim0", new LinkState.Up("sim"));
        first.scheduler.advance(NodeJournal.SAVE_EVERY);
        // A crash now: nothing more is saved.
        SavedNode saved = store.load().nodes().stream().filter(n -> n.name().equals("hill")).findFirst().orElseThrow();
        assertThat(saved.liveness().silenceReference()).isEqualTo(heard.plus(Duration.ofHours(1)));
        assertThat(store.load().heardUntil()).contains(first.scheduler.now());
    }

    @Test
    void aLowBatteryAlertedBeforeTheRestartIsNotAlertedAgainAndItsRecoveryIs() {
        Run first = new Run(ManualScheduler.DEFAULT_START);
        first.advert(1, "hill");
        String id = key(1).publicKey().hex();
        first.registry.reportBattery(id, BatteryReading.ofMillivolts(3300, first.scheduler.now()));
        assertThat(first.alerts).extracting(Alert::kind).containsExactly(AlertKind.BATTERY_LOW);
        first.stop();

        Run second = new Run(first.scheduler.now().plus(Duration.ofMinutes(10)));
        assertThat(second.node(1).batteryLow()).isTrue();
        assertThat(second.node(1).battery().orElseThrow().millivolts()).hasValue(3300);
        second.registry.reportBattery(id, BatteryReading.ofMillivolts(3310, second.scheduler.now()));
        assertThat(second.alerts).isEmpty();
        second.registry.reportBattery(id, BatteryReading.ofMillivolts(3700, second.scheduler.now()));
        assertThat(second.alerts).extracting(Alert::kind).containsExactly(AlertKind.BATTERY_OK);
    }

    @Test
    void changesAreSavedAtMostEverySaveIntervalAndTheHeartbeatEveryMinute() {
        Run run = new Run(ManualScheduler.DEFAULT_START);
        for (int i = 0; i < 3; i++) {
            for (int n = 1; n <= 10; n++) {
                run.advert(n, "node " + n);
            }
            run.scheduler.advance(Duration.ofSeconds(1));
        }
        assertThat(store.saves()).isZero();
        run.scheduler.advance(NodeJournal.SAVE_EVERY);
        assertThat(store.saves()).as("thirty adverts of ten nodes, one save").isEqualTo(1);
        assertThat(store.load().nodes()).hasSize(10);
        run.scheduler.advance(Duration.ofSeconds(50));
        assertThat(store.saves()).as("nothing changed, heartbeat not due").isEqualTo(1);
        run.scheduler.advance(Duration.ofSeconds(10));
        assertThat(store.saves()).as("the heartbeat").isEqualTo(2);
        assertThat(store.load().heardUntil()).contains(ManualScheduler.DEFAULT_START.plusSeconds(65));
        run.advert(3, "renamed");
        run.stop();
        assertThat(store.saves()).as("an orderly stop saves what is left").isEqualTo(3);
        assertThat(store.load().nodes()).filteredOn(n -> n.id().equals(key(3).publicKey().hex()))
                .extracting(SavedNode::name).containsExactly("renamed");
    }

    @Test
    void aNodeRefreshedOnlyByPacketsIsSavedWithTheHeartbeatNotEveryFewSeconds() {
        Run run = new Run(ManualScheduler.DEFAULT_START);
        run.advert(1, "hill");
        run.scheduler.advance(NodeJournal.SAVE_EVERY);
        assertThat(store.saves()).isEqualTo(1);
        String hill = key(1).publicKey().hex();
        for (int s = 0; s < 50; s++) {
            run.scheduler.advance(Duration.ofSeconds(1));
            assertThat(run.registry.heardPacket(hill, run.scheduler.now(), Optional.empty())).isTrue();
        }
        assertThat(store.saves()).as("a relaying repeater is not rewritten every 5 s").isEqualTo(1);
        run.scheduler.advance(Duration.ofSeconds(10));
        assertThat(store.saves()).as("the heartbeat takes it along").isEqualTo(2);
        assertThat(store.load().nodes()).singleElement().extracting(SavedNode::lastHeard)
                .isEqualTo(ManualScheduler.DEFAULT_START.plus(NodeJournal.SAVE_EVERY).plusSeconds(50));
    }

    @Test
    void aSaveThatFailedIsMadeAgainWithTheNextOne() {
        Run run = new Run(ManualScheduler.DEFAULT_START);
        store.setFailing(true);
        run.advert(1, "hill");
        run.scheduler.advance(NodeJournal.SAVE_EVERY);
        assertThat(store.saves()).as("tried").isEqualTo(1);
        assertThat(store.load().nodes()).isEmpty();

        store.setFailing(false);
        run.scheduler.advance(NodeJournal.SAVE_EVERY);
        assertThat(store.load().nodes()).as("saved again although hill did not change").extracting(SavedNode::name)
                .containsExactly("hill");
        assertThat(store.load().heardUntil()).isPresent();
    }

    @Test
    void theRegistrysCapacityBoundsWhatIsKeptAndEvictedNodesAreDeleted() {
        Run first = new Run(ManualScheduler.DEFAULT_START, 3);
        for (int n = 1; n <= 4; n++) {
            first.advert(n, "node " + n);
            first.scheduler.advance(Duration.ofMinutes(1));
        }
        assertThat(store.load().nodes()).extracting(SavedNode::name).containsExactlyInAnyOrder("node 2", "node 3", "node 4");
        first.stop();

        Run second = new Run(first.scheduler.now().plus(DOWNTIME), 2);
        assertThat(second.restored).isEqualTo(2);
        assertThat(second.registry.nodes()).extracting(NodeSnapshot::name).containsExactlyInAnyOrder("node 3", "node 4");
        second.advert(5, "node 5");
        assertThat(second.registry.nodes()).extracting(NodeSnapshot::name).containsExactlyInAnyOrder("node 4", "node 5");
        second.scheduler.advance(NodeJournal.SAVE_EVERY);
        assertThat(store.load().nodes()).extracting(SavedNode::name).containsExactlyInAnyOrder("node 4", "node 5");
    }

    @Test
    void savedNodesRoundTripThroughTheRulesAndTheRegistryUnchanged() {
        Run first = firstRun();
        first.registry.reportBattery(key(1).publicKey().hex(), BatteryReading.ofPercent(15, first.scheduler.now()));
        first.stop();
        List<SavedNode> before = store.load().nodes();

        Run second = new Run(first.scheduler.now());
        second.stop();
        assertThat(store.load().nodes()).as("restored and saved again with no downtime").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aStoreThatCannotBeReadStartsTheRunWithNoNodeAndStillSaves() {
        ManualScheduler scheduler = new ManualScheduler();
        NodeRegistry registry = new NodeRegistry(10);
        LivenessMonitor monitor = new LivenessMonitor(scheduler, registry, LivenessConfig.DEFAULT);
        List<Integer> saved = new ArrayList<>();
        NodeStore broken = new NodeStore() {
            @Override
            public Saved load() {
                throw new IllegalStateException("cannot load the kept nodes from jdbc:postgresql://db/mesh: refused");
            }

            @Override
            public java.util.concurrent.CompletionStage<Void> save(java.util.Collection<SavedNode> nodes,
                                                                   java.util.Collection<String> removed, Instant until) {
                saved.add(nodes.size());
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }
        };
        NodeJournal journal = new NodeJournal(scheduler, registry, monitor, broken);
        assertThat(journal.restore()).isZero();
        journal.start();
        registry.onNodeHeard(new Contact(key(1), "hill", NodeType.REPEATER.code(), Optional.empty(), 1_735_689_600L,
                scheduler.now(), Optional.empty(), 0, Path.ofOneByteHashes(new int[0]), "sim0"));
        scheduler.advance(NodeJournal.SAVE_EVERY);
        assertThat(saved).containsExactly(1);
    }
}
