package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.battery.BatteryPollStats;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.net.ListenAddress;
import org.meshbridge.server.config.ServerSettings;

/**
 * The demo polls its repeaters' batteries: both readings reach the registry, and the scripted
 * drain of {@value DemoMesh#BATTERY_NODE} raises one BATTERY_LOW, then one BATTERY_OK when it
 * has recharged past the hysteresis, on the virtual clock.
 */
class DemoBatteryRunIT {

    @TempDir
    Path dataDir;

    @Test
    void theDemosDrainingRepeaterIsAlertedLowOnceAndOkOnce() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        Instant start = scheduler.now();
        MeshbridgeServer server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0),
                false), dataDir), new Environment(scheduler, new SplittableRandom(7), seededKeys()));
        scheduler.afterEachTask(server::settleStore);
        List<Alert> alerts = new ArrayList<>();
        server.nodes().addListener(new NodeRegistryListener() {
            @Override
            public void onAlert(Alert alert) {
                if (alert.kind().name().startsWith("BATTERY")) {
                    alerts.add(alert);
                }
            }
        });
        for (int minute = 0; minute < 160; minute++) {
            scheduler.advance(Duration.ofMinutes(1));
            server.drainStore();
        }

        assertThat(server.nodes().nodeByName("r2").orElseThrow().battery().orElseThrow().millivolts()).hasValue(4_150);
        assertThat(server.nodes().nodeByName(DemoMesh.BATTERY_NODE).orElseThrow().battery()).isPresent();
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.BATTERY_LOW, AlertKind.BATTERY_OK);
        assertThat(alerts).allSatisfy(a -> assertThat(a.node().orElseThrow().name()).isEqualTo(DemoMesh.BATTERY_NODE));
        // Polls lost on the air back off (10, 20, 40 minutes), so an alert may come some polls late,
        // but always while the battery really is low (about 38 to 96 min) and after it recovered (106 min).
        assertThat(alerts.get(0).at()).as("under 3400 mV from about 38 min until about 96 min")
                .isBetween(start.plus(Duration.ofMinutes(36)), start.plus(Duration.ofMinutes(96)));
        assertThat(alerts.get(1).at()).as("over 3500 mV from about 106 min")
                .isBetween(start.plus(Duration.ofMinutes(104)), start.plus(Duration.ofMinutes(160)));
        BatteryPollStats stats = server.batteryPoller().orElseThrow().stats();
        // About 30 polls in 160 minutes; r2 is off for 20 of them and collisions take some more.
        assertThat(stats.polls()).isGreaterThanOrEqualTo(20);
        assertThat(stats.answered()).isGreaterThanOrEqualTo(stats.polls() / 2);
        assertThat(Files.exists(dataDir.resolve(BatteryAssembly.KEY_FILE))).isTrue();

        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
    }

    /** Keys from a seeded generator, so the packets (and so the collisions on the simulated air) repeat run to run. */
    private static SecureRandom seededKeys() throws Exception {
        SecureRandom keys = SecureRandom.getInstance("SHA1PRNG");
        keys.setSeed(7);
        return keys;
    }
}
