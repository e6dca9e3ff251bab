package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/**
 * The demo server's node registry and liveness monitor: the virtual nodes show up with their
 * roles, and the scripted outage of {@value DemoMesh#OUTAGE_NODE} raises one silence alert and
 * one recovery, on the virtual clock.
 */
class DemoLivenessRunIT {

    @TempDir
    Path dataDir;

    @Test
    void theDemosScriptedOutageIsAlertedOnceAndRecovered() {
        ManualScheduler scheduler = new ManualScheduler();
        Instant start = scheduler.now();
        MeshbridgeServer server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0),
                false), dataDir), new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
        scheduler.afterEachTask(server::settleStore);
        List<Alert> alerts = new ArrayList<>();
        server.nodes().addListener(new NodeRegistryListener() {
            @Override
            public void onAlert(Alert alert) {
                if (!alert.kind().name().startsWith("BATTERY")) { // DemoBatteryRunIT has those
                    alerts.add(alert);
                }
            }
        });
        for (int minute = 0; minute < 45; minute++) {
            scheduler.advance(Duration.ofMinutes(1));
            server.drainStore();
        }

        assertThat(server.nodes().nodes()).extracting(NodeSnapshot::name).contains("r1", "r2", "alice", "bob");
        assertThat(server.nodes().nodeByName("r1").orElseThrow().role()).isEqualTo(NodeRole.REPEATER);
        assertThat(server.nodes().nodeByName("r2").orElseThrow().state()).isEqualTo(LivenessState.ONLINE);
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(alerts).allSatisfy(a -> assertThat(a.node().orElseThrow().name()).isEqualTo(DemoMesh.OUTAGE_NODE));
        Instant outage = start.plus(DemoMesh.OUTAGE_START);
        Instant back = outage.plus(DemoMesh.OUTAGE_LENGTH);
        assertThat(alerts.get(0).at()).isBetween(outage.plus(Duration.ofMinutes(8)), outage.plus(Duration.ofMinutes(11)));
        assertThat(alerts.get(1).at()).isBetween(back, back.plus(Duration.ofMinutes(1)));
        assertThat(server.liveness().faults()).isEmpty();
        assertThat(server.liveness().isHearing()).isTrue();

        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
    }
}
