package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.time.ManualScheduler;

/**
 * The node registry survives a restart on the same data directory (SQLite), on virtual time: the
 * demo runs 25 minutes (its scripted outage gets {@value DemoMesh#OUTAGE_NODE} alerted silent),
 * stops, five hours pass, and it starts again with r1 switched off for good and r2 still off
 * until the script turns it on 30 minutes in. r1, heard a minute or two before the stop, is
 * alerted silent exactly once, its 10-minute threshold (from its observed 2-minute interval, kept)
 * after its last advert less the downtime; r2, already alerted, is not alerted again, and its
 * recovery is alerted when it adverts.
 */
class DemoNodeRestartRunIT {

    static final Duration DOWNTIME = Duration.ofHours(5);
    static final Duration OFFLINE_AFTER = Duration.ofMinutes(10);

    @TempDir
    Path dataDir;

    @Test
    void aNodeSilentThroughTheDowntimeIsAlertedOnceAndAnAlertedOneOnlyRecovers() throws Exception {
        ManualScheduler first = new ManualScheduler();
        MeshbridgeServer server = VirtualDemo.start(dataDir, first);
        List<Alert> before = alerts(server);
        VirtualDemo.run(server, first, Duration.ofMinutes(25), Duration.ofMinutes(1));
        assertThat(before).extracting(Alert::kind, Alert::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.NODE_SILENT, DemoMesh.OUTAGE_NODE));
        NodeSnapshot r1 = server.nodes().nodeByName("r1").orElseThrow();
        assertThat(r1.observedInterval()).contains(Duration.ofMinutes(2));
        Duration silentAtStop = Duration.between(r1.lastHeard(), first.now());
        assertThat(silentAtStop).isLessThan(Duration.ofMinutes(4));
        VirtualDemo.stop(server, first);

        ManualScheduler second = new ManualScheduler(first.now().plus(DOWNTIME));
        Instant restart = second.now();
        MeshbridgeServer restarted = VirtualDemo.start(dataDir, second);
        List<Alert> after = alerts(restarted);
        second.execute(() -> {
            DemoMesh mesh = restarted.demoMesh().orElseThrow();
            mesh.setRunning("r1", false);
            mesh.setRunning(DemoMesh.OUTAGE_NODE, false); // the script turns it on 30 minutes in
        });
        second.runPending();

        NodeSnapshot kept = restarted.nodes().nodeByName("r1").orElseThrow();
        assertThat(kept.lastHeard()).isEqualTo(r1.lastHeard().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(kept.observedInterval()).as("the observed interval survives").contains(Duration.ofMinutes(2));
        assertThat(kept.state()).isEqualTo(LivenessState.ONLINE);
        assertThat(restarted.nodes().nodeByName(DemoMesh.OUTAGE_NODE).orElseThrow().state())
                .isEqualTo(LivenessState.OFFLINE);
        JsonNode listed = HttpJson.get(restarted.httpAddress(), "/api/v1/nodes", HttpJson.member(restarted, "watcher"))
                .body();
        List<String> names = new ArrayList<>();
        listed.path("nodes").forEach(n -> names.add(n.path("name").asText()));
        assertThat(names).as("GET /api/v1/nodes right after the start").contains("r1", DemoMesh.OUTAGE_NODE, "bob");

        VirtualDemo.run(restarted, second, Duration.ofMinutes(40), Duration.ofMinutes(1));
        assertThat(after).extracting(Alert::kind, Alert::displayName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertKind.NODE_SILENT, "r1"),
                org.assertj.core.groups.Tuple.tuple(AlertKind.NODE_RECOVERED, DemoMesh.OUTAGE_NODE));
        Instant due = restart.plus(OFFLINE_AFTER).minus(silentAtStop);
        assertThat(after.get(0).at()).as("one threshold after r1's last advert, less the downtime")
                .isBetween(due, due.plus(Duration.ofSeconds(30)));
        Instant back = restart.plus(DemoMesh.OUTAGE_START).plus(DemoMesh.OUTAGE_LENGTH);
        assertThat(after.get(1).at()).isBetween(back, back.plus(Duration.ofMinutes(2)));
        assertThat(restarted.liveness().faults()).isEmpty();
        VirtualDemo.stop(restarted, second);
    }

    /** Node alerts (the battery ones are DemoBatteryRunIT's). */
    private static List<Alert> alerts(MeshbridgeServer server) {
        List<Alert> alerts = new ArrayList<>();
        server.nodes().addListener(new NodeRegistryListener() {
            @Override
            public void onAlert(Alert alert) {
                if (!alert.kind().name().startsWith("BATTERY")) {
                    alerts.add(alert);
                }
            }
        });
        return alerts;
    }

}
