package org.meshbridge.core.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.radio.sim.DirectMessage;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.room.InMemoryPostStore;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * The demo's mesh as the server runs it (seed 2025, the bridge advertising on the demo's schedule,
 * 10 % duty cycle with 30 % for internet traffic), with a web account's virtual companion: the
 * bridge learns the two-hop companions in the first minute, a DM to alice (via r1) is delivered
 * and ACKed before the outage and during it, and a DM to carol (only via r2) fails while r2 is off.
 */
class DemoDirectMessageIT {

    /** The server's demo seed (RadioAssembly.DEMO_SEED). */
    static final long DEMO_SEED = 2025;

    private final class Demo {
        final ManualScheduler scheduler = new ManualScheduler();
        final Instant start = scheduler.now();
        final DemoMesh mesh;
        final MeshNode node;
        final VirtualCompanion web;
        final Map<String, Instant> firstHeard = new LinkedHashMap<>();

        Demo(long seed) {
            mesh = DemoMesh.create(scheduler, seed);
            AirtimeEstimator estimator = AirtimeEstimator.lora(mesh.radioLink().modulation());
            node = MeshNode.builder(scheduler, SimIdentities.derive("bridge", seed))
                    .config(NodeConfig.DEFAULT.withAdverts(new AdvertSchedule(Duration.ofSeconds(16),
                            Duration.ofMinutes(5), Duration.ofMinutes(30))))
                    .link(mesh.radioLink(), new AirtimeScheduler(scheduler, mesh.radioLink(), estimator,
                            AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 10)).withInternetShare(0.3)),
                            estimator)
                    .random(new SplittableRandom(seed)).build();
            node.addListener(new NodeListener() {
                @Override
                public void onNodeHeard(Contact contact) {
                    firstHeard.putIfAbsent(contact.name(), scheduler.now());
                }
            });
            VirtualCompanions companions = new VirtualCompanions(node, scheduler,
                    new InMemoryPostStore(java.time.Clock.systemUTC()), new RoomEvents(),
                    List.of(new ChannelSlot("Public", ChannelKey.PUBLIC, true)));
            node.start();
            mesh.start();
            web = companions.open("web", SimIdentities.derive("web", seed), "web");
        }

        SimCompanion companion(String name) {
            return mesh.companions().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }

        void runUntil(Duration sinceStart) {
            scheduler.advance(Duration.between(scheduler.now(), start.plus(sinceStart)));
        }

        /** Sends a DM from the web account and waits a minute of virtual time for its outcome. */
        Delivery dm(String to, String text) throws CompanionException {
            CompletableFuture<Delivery> d = web.sendText(companion(to).identity().publicKey().prefix(6), text)
                    .delivery().toCompletableFuture();
            scheduler.advance(Duration.ofMinutes(1));
            return d.getNow(null);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DEMO_SEED, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void theBridgeHearsEveryCompanionsBootAdvertWithinTheFirstMinute(long seed) {
        Demo demo = new Demo(seed);
        demo.runUntil(Duration.ofMinutes(1));
        assertThat(demo.firstHeard).as("seed %s", seed).containsKeys("r1", "r2", "alice", "bob", "carol");
        demo.mesh.stop();
    }

    @Test
    void aDmToAliceTwoHopsAwayIsAckedBeforeAndDuringTheOutageAndOneToCarolFailsWhileR2IsOff() throws Exception {
        Demo demo = new Demo(DEMO_SEED);
        demo.runUntil(Duration.ofSeconds(70));
        demo.web.advert(true);  // as the web API does when the account's companion opens: its key for the companions
        demo.runUntil(Duration.ofMinutes(2));

        Delivery before = demo.dm("alice", "hi alice");
        assertThat(before).isInstanceOf(Delivery.Delivered.class);
        assertThat(demo.companion("alice").directMessages()).extracting(DirectMessage::text).contains("hi alice");
        assertThat(demo.dm("carol", "hi carol")).isInstanceOf(Delivery.Delivered.class);

        demo.runUntil(DemoMesh.OUTAGE_START.plusMinutes(2));
        assertThat(demo.mesh.isRunning(DemoMesh.OUTAGE_NODE)).isFalse();
        assertThat(demo.dm("alice", "still there?")).as("alice is reached through r1, not r2")
                .isInstanceOf(Delivery.Delivered.class);
        Delivery during = demo.dm("carol", "are you there?");
        assertThat(during).isInstanceOfSatisfying(Delivery.Failed.class, f -> assertThat(f.attempts()).isEqualTo(3));
        assertThat(demo.companion("carol").directMessages()).extracting(DirectMessage::text)
                .doesNotContain("are you there?");
        demo.mesh.stop();
    }
}
