package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.DirectReception;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeMatch;
import org.meshbridge.core.nodes.NodeOverride;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.PacketHearing;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * Packets heard between adverts keep a node heard ({@link PacketHearing}), on the simulated mesh
 * and the virtual clock: alice talks through the repeater hill, which the bridge heard advert
 * only once. Hill is monitored with a 10-minute interval (offline after 30 minutes of silence).
 */
class PacketHeardScenarioIT {

    private static final long SEED = 11;
    private static final LivenessConfig HILL_EVERY_10_MIN = LivenessConfig.DEFAULT.withOverrides(List.of(new NodeOverride(
            NodeMatch.byName("hill"), Optional.of(true), Optional.of(Duration.ofMinutes(10)), Optional.empty(),
            Optional.empty())));

    private static LivenessScenarioIT.Watch watch(BridgeHarness h) {
        LivenessScenarioIT.Watch w = new LivenessScenarioIT.Watch(h.mesh.scheduler, h.node, HILL_EVERY_10_MIN);
        h.node.addListener(new PacketHearing(w.registry, h.bridgeId.identity()));
        return w;
    }

    @Test
    void aRepeatersLastHeardFollowsThePacketsItRelaysBetweenItsAdverts() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        LivenessScenarioIT.Watch w = watch(h);
        SimRepeater hill = h.mesh.repeater("hill");
        SimCompanion alice = h.mesh.companion("alice");
        h.mesh.line("alice", "hill", BridgeHarness.BRIDGE);
        hill.advertNow(false);
        h.mesh.run(Duration.ofSeconds(5));
        Instant advertHeard = w.node("hill").lastHeard();
        h.introduceDana(alice);
        Instant aliceAdvert = w.node("alice").lastHeard();

        Instant lastChat = null;
        for (int i = 0; i < 12; i++) {
            h.mesh.run(Duration.ofMinutes(5));
            lastChat = h.mesh.scheduler.now();
            alice.sendChannelText(SimCompanion.PUBLIC_CHANNEL, "hello " + i);
        }
        alice.sendText("dana", "are you there, dana?");
        h.mesh.run(Duration.ofSeconds(30));

        NodeSnapshot node = w.node("hill");
        long relayed = h.mesh.sent.stream().filter(s -> s.sender().equals("hill") && s.packet().route().isFlood()
                && !s.packet().path().isEmpty()).count();
        long heardFromHill = h.events.received().stream().filter(r -> r.packet().route().isFlood()
                && !r.packet().path().isEmpty()
                && r.packet().path().hop(r.packet().path().hopCount() - 1).get(0) == hill.identity().identity().hash())
                .count();
        assertThat(node.advertsHeard()).as("one zero-hop advert").isEqualTo(1);
        assertThat(relayed).as("alice's advert, 12 channel texts, her DM, dana's advert and more").isGreaterThanOrEqualTo(15);
        assertThat(heardFromHill).as("the bridge is half duplex: it may miss a relay while it sends")
                .isBetween(relayed - 2, relayed);
        assertThat(node.packetsHeard()).as("every relay of hill the bridge heard").isEqualTo(heardFromHill);
        assertThat(node.lastHeard()).as("its relay of the last text").isBetween(lastChat, lastChat.plusSeconds(30))
                .isAfter(advertHeard.plus(Duration.ofMinutes(55)));
        assertThat(node.observedInterval()).as("relays are not adverts").isEmpty();
        assertThat(node.direct()).map(DirectReception::at).contains(node.lastHeard());
        assertThat(node.direct().flatMap(DirectReception::signal)).isPresent();
        assertThat(node.state()).isEqualTo(LivenessState.ONLINE);
        assertThat(w.alerts).as("an hour with one advert, alive all along").isEmpty();

        NodeSnapshot aliceNow = w.node("alice");
        long datagrams = h.mesh.sentBy("alice", PayloadType.TXT_MSG) + h.mesh.sentBy("alice", PayloadType.PATH);
        assertThat(datagrams).as("her DM, a retry and her reciprocal PATH").isEqualTo(3);
        assertThat(aliceNow.packetsHeard()).as("the bridge opened each for dana").isEqualTo(datagrams);
        assertThat(aliceNow.lastHeard()).isAfter(aliceAdvert.plus(Duration.ofMinutes(55)));
        assertThat(aliceNow.direct()).as("only through hill").isEmpty();

        hill.setRunning(false);
        for (int i = 0; i < 8; i++) {
            h.mesh.run(Duration.ofMinutes(5));
            alice.sendChannelText(SimCompanion.PUBLIC_CHANNEL, "anyone? " + i);
        }
        assertThat(w.kinds("hill")).as("nothing relayed: silent 30 min after its last relay").containsExactly(AlertKind.NODE_SILENT);
    }

    @Test
    void aHashTwoKnownRepeatersShareCreditsNeither() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        LivenessScenarioIT.Watch w = watch(h);
        SimRepeater hill = h.mesh.repeater("hill");
        SimRepeater twin = h.mesh.repeater(twinOf(hill));
        SimCompanion alice = h.mesh.companion("alice");
        h.mesh.line("alice", "hill", BridgeHarness.BRIDGE);
        h.mesh.line(twin.name(), BridgeHarness.BRIDGE);
        hill.advertNow(false);
        h.mesh.run(Duration.ofSeconds(5));
        twin.advertNow(false);
        h.mesh.run(Duration.ofSeconds(5));
        Instant hillAdvert = w.node("hill").lastHeard();
        Instant twinAdvert = w.node(twin.name()).lastHeard();

        for (int i = 0; i < 12; i++) {
            h.mesh.run(Duration.ofMinutes(5));
            alice.sendChannelText(SimCompanion.PUBLIC_CHANNEL, "hello " + i);
        }
        h.mesh.run(Duration.ofSeconds(30));

        assertThat(h.mesh.sentBy("hill", PayloadType.GRP_TXT)).as("hill relayed every text").isEqualTo(12);
        for (String name : List.of("hill", twin.name())) {
            assertThat(w.node(name).packetsHeard()).as(name).isZero();
        }
        assertThat(w.node("hill").lastHeard()).isEqualTo(hillAdvert);
        assertThat(w.node(twin.name()).lastHeard()).isEqualTo(twinAdvert);
        assertThat(w.kinds("hill")).as("the ambiguous relays do not keep hill alive").containsExactly(AlertKind.NODE_SILENT);
    }

    /** The first name "twin0", "twin1", ... whose key has the same one-byte hash as {@code node}'s. */
    private static String twinOf(SimMesh node) {
        int hash = node.identity().identity().hash();
        for (int i = 0; ; i++) {
            if (SimIdentities.derive("twin" + i, SEED).identity().hash() == hash) {
                return "twin" + i;
            }
        }
    }
}
