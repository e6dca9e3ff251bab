package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.battery.BatteryDecoding;
import org.meshbridge.core.battery.BatteryReports;
import org.meshbridge.core.companion.CompanionException;
import org.meshbridge.core.companion.LoginResult;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.room.InMemoryPostStore;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The other battery source: a virtual companion (an app user) asks a repeater for its status or
 * telemetry over RF, and the answer also reaches the registry through {@link BatteryReports}.
 */
class CompanionBatteryIT {

    private static final long SEED = 82;

    @Test
    void statusAndTelemetryAnswersToACompanionReachTheRegistry() throws Exception {
        BridgeHarness h = new BridgeHarness(SEED, false);
        LivenessScenarioIT.Watch w = new LivenessScenarioIT.Watch(h.mesh.scheduler, h.node, LivenessConfig.DEFAULT);
        SimRepeater hill = new SimRepeater("hill", SimIdentities.derive("hill", SEED), h.mesh.air,
                new SplittableRandom(SEED), new SimRepeater.Settings(Duration.ofSeconds(16), Duration.ofMinutes(2), Duration.ZERO));
        h.mesh.air.setLinks("hill", BridgeHarness.BRIDGE, LinkQuality.good());
        hill.start();
        hill.setBatteryMillivolts(3_777);
        VirtualCompanions companions = new VirtualCompanions(h.node, h.mesh.scheduler,
                new InMemoryPostStore(Clock.systemUTC()), new RoomEvents(), List.of());
        BatteryReports reports = new BatteryReports(w.registry, h.mesh.scheduler);
        companions.addReplyListener(reports);
        VirtualCompanion ann = companions.open("ann", SimIdentities.derive("ann", SEED), "ann");
        h.mesh.run(Duration.ofSeconds(30));
        Bytes hillKey = hill.identity().publicKey();

        CompletableFuture<LoginResult> login = call(() -> ann.login(hillKey, "")).toCompletableFuture();
        h.mesh.run(Duration.ofSeconds(20));
        assertThat(login).isCompleted();

        CompletableFuture<Bytes> status = call(() -> ann.requestStatus(hillKey)).toCompletableFuture();
        h.mesh.run(Duration.ofSeconds(20));
        assertThat(BatteryDecoding.statusMillivolts(status.getNow(Bytes.EMPTY))).as("the app still gets its answer")
                .isEqualTo(3_777);
        assertThat(w.node("hill").battery().orElseThrow().millivolts()).hasValue(3_777);

        hill.setBatteryMillivolts(3_650);
        CompletableFuture<Bytes> telemetry = call(() -> ann.requestTelemetry(hillKey)).toCompletableFuture();
        h.mesh.run(Duration.ofSeconds(20));
        assertThat(telemetry).isCompleted();
        assertThat(w.node("hill").battery().orElseThrow().millivolts()).hasValue(3_650);
        assertThat(reports.stats().reported()).isEqualTo(2);
    }

    interface Call<T> {
        T run() throws CompanionException;
    }

    private static <T> T call(Call<T> c) throws CompanionException {
        return c.run();
    }
}
