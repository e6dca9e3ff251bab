package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.radio.sim.SimMeshHarness.pathOf;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.Delivery.Delivered;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.GroupTextContent;

/**
 * Issue 3's acceptance scenarios with the bridge's {@code MeshNode} on the simulated air among
 * firmware-like companions and repeaters, on the virtual clock.
 */
class BridgeScenarioIT {

    private static final long SEED = 42;

    @Test
    void aDmFromACompanionThreeHopsAwayIsDeliveredAndAckedThroughTwoRepeatersAndTheReplyGoesDirect() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        SimCompanion alice = h.mesh.companion("alice");
        SimRepeater r1 = h.mesh.repeater("r1");
        SimRepeater r2 = h.mesh.repeater("r2");
        h.mesh.line("alice", "r1", "r2", BridgeHarness.BRIDGE);
        h.introduceDana(alice);

        Delivery sent = alice.sendText("dana", "hello bridge, three hops out");
        h.mesh.run(Duration.ofSeconds(30));

        assertThat(sent.state()).as("seed %s: %s", SEED, sent).isEqualTo(Delivery.State.DELIVERED);
        assertThat(sent.attempts()).extracting(Delivery.Attempt::route).containsExactly(RouteType.FLOOD);
        assertThat(h.dana.texts()).singleElement().satisfies(m -> {
            assertThat(m.text().orElseThrow().textString()).isEqualTo("hello bridge, three hops out");
            assertThat(m.arrival().path().hashes()).isEqualTo(pathOf(r1, r2));
        });
        assertThat(h.sentByBridge()).filteredOn(s -> s.is(PayloadType.PATH)).as("the ACK rides in the bridge's flooded PATH")
                .singleElement().satisfies(s -> assertThat(s.packet().route()).isEqualTo(RouteType.FLOOD));
        assertThat(h.mesh.sent).filteredOn(s -> s.sender().startsWith("r") && s.is(PayloadType.PATH))
                .extracting(SimMeshHarness.Sent::sender).as("relayed back by r2 then r1 (and alice's reciprocal PATH)")
                .startsWith("r2", "r1");
        assertThat(alice.contact("dana").orElseThrow().outPath()).map(Path::hashes).contains(pathOf(r1, r2));
        assertThat(h.node.paths().get(alice.identity().identity())).as("alice's reciprocal PATH taught the bridge the way back")
                .map(Path::hashes).contains(pathOf(r2, r1));

        CompletableFuture<org.meshbridge.core.node.Delivery> reply = h.node
                .sendText(h.dana.identity(), alice.identity().identity(), "hi alice, direct", TrafficOrigin.INTERNET)
                .toCompletableFuture();
        h.mesh.run(Duration.ofSeconds(30));

        assertThat(reply).isCompletedWithValueMatching(d -> d instanceof Delivered delivered && delivered.attempts() == 1,
                "delivered on the first attempt");
        assertThat(alice.directMessages()).singleElement().satisfies(dm -> {
            assertThat(dm.text()).isEqualTo("hi alice, direct");
            assertThat(dm.floodPath()).as("it came direct").isEmpty();
        });
        assertThat(h.sentByBridge()).filteredOn(s -> s.is(PayloadType.TXT_MSG)).singleElement()
                .satisfies(s -> assertThat(s.packet().route()).isEqualTo(RouteType.DIRECT))
                .satisfies(s -> assertThat(s.packet().path().hashes()).isEqualTo(pathOf(r2, r1)));
        assertThat(h.mesh.sent).filteredOn(s -> s.sender().equals("alice") && s.is(PayloadType.ACK))
                .as("alice ACKs it direct, back through the repeaters").singleElement()
                .satisfies(s -> assertThat(s.packet().route()).isEqualTo(RouteType.DIRECT));
        assertThat(r1.counters().forwarded()).isPositive();
        assertThat(r2.counters().forwarded()).isPositive();
    }

    @Test
    void aPacketHeardViaTwoRepeatersIsProcessedOnceByTheNode() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        SimCompanion alice = h.mesh.companion("alice");
        h.mesh.repeater("north");
        h.mesh.repeater("south");
        h.mesh.line("alice", "north", BridgeHarness.BRIDGE);
        h.introduceDana(alice);
        h.mesh.line("alice", "south", BridgeHarness.BRIDGE);
        h.dana.ackingTexts(false); // an answer 200 ms after the first copy would be on air over the second (no listen-before-talk)
        long duplicatesBefore = h.node.stats().duplicates();

        Delivery sent = alice.sendText("dana", "one copy please");
        h.mesh.run(Duration.ofSeconds(5));

        long heard = h.events.received().stream().filter(p -> p.packet().is(PayloadType.TXT_MSG)).count();
        assertThat(heard).as("the bridge heard the text via north and via south").isEqualTo(2);
        assertThat(h.node.stats().duplicates() - duplicatesBefore).as("the second copy was a duplicate").isPositive();
        assertThat(h.dana.texts()).extracting(PeerMessage::plaintext).hasSize(1);
        assertThat(h.sentByBridge()).filteredOn(s -> !s.is(PayloadType.ADVERT)).as("not forwarded, not answered").isEmpty();
        assertThat(sent.attempts()).as("alice has not retried yet").hasSize(1);
    }

    @Test
    void theNodeAsARepeaterRelaysADmAndItsAckBetweenTwoCompanions() {
        BridgeHarness h = new BridgeHarness(SEED, true);
        SimCompanion alice = h.mesh.companion("alice");
        SimCompanion bob = h.mesh.companion("bob");
        h.mesh.line("alice", BridgeHarness.BRIDGE, "bob");
        MeshScenarioTest.introduce(h.mesh, alice, bob);

        Delivery first = alice.sendText("bob", "via the bridge");
        h.mesh.run(Duration.ofSeconds(30));
        Delivery second = alice.sendText("bob", "via the bridge, direct");
        h.mesh.run(Duration.ofSeconds(30));

        Path viaBridge = Path.ofOneByteHashes(h.bridgeId.identity().hash());
        assertThat(first.state()).as("seed %s: %s", SEED, first).isEqualTo(Delivery.State.DELIVERED);
        assertThat(second.state()).as("seed %s: %s", SEED, second).isEqualTo(Delivery.State.DELIVERED);
        assertThat(second.attempts()).extracting(Delivery.Attempt::route).containsExactly(RouteType.DIRECT);
        assertThat(bob.directMessages()).extracting(DirectMessage::text).containsExactly("via the bridge", "via the bridge, direct");
        assertThat(bob.directMessages().get(0).floodPath()).contains(viaBridge);
        assertThat(alice.contact("bob").orElseThrow().outPath()).contains(viaBridge);
        assertThat(h.sentByBridge()).filteredOn(s -> s.is(PayloadType.TXT_MSG)).extracting(s -> s.packet().route())
                .containsExactly(RouteType.FLOOD, RouteType.DIRECT);
        assertThat(h.sentByBridge()).filteredOn(s -> s.is(PayloadType.ACK)).as("bob's direct ACK relayed").hasSize(1);
        assertThat(h.node.stats().forwarded()).isGreaterThanOrEqualTo(6);
        assertThat(h.dana.texts()).isEmpty();
    }

    @Test
    void theBridgesAdvertsMakeItAContactAndItLearnsTheCompanionsFromTheirs() {
        BridgeHarness h = new BridgeHarness(SEED, false);
        SimCompanion alice = h.mesh.companion("alice");
        SimRepeater r1 = h.mesh.repeater("r1");
        SimCompanion bob = h.mesh.companion("bob");
        h.mesh.line("alice", "r1", BridgeHarness.BRIDGE);
        h.mesh.line("bob", BridgeHarness.BRIDGE);

        h.node.advertNow(h.bridgeId, true);
        h.mesh.run(Duration.ofSeconds(10));
        alice.advertNow(true);
        h.mesh.run(Duration.ofSeconds(10));
        bob.advertNow(false);
        h.mesh.run(Duration.ofSeconds(10));

        assertThat(alice.contact("Town Bridge")).hasValueSatisfying(c -> assertThat(c.identity()).isEqualTo(h.bridgeId.identity()));
        assertThat(bob.contact("Town Bridge")).isPresent();
        assertThat(h.node.contacts().get(alice.identity().identity())).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("alice");
            assertThat(c.hopCount()).isEqualTo(1);
            assertThat(c.advertPath().hashes()).isEqualTo(pathOf(r1));
            assertThat(c.signal()).isPresent();
        });
        assertThat(h.node.contacts().get(bob.identity().identity())).map(Contact::hopCount).contains(0);
        assertThat(h.bridge.adverts()).extracting(Contact::name).containsExactly("alice", "bob");
    }

    @Test
    void aChannelTextOnPublicReachesAnEndpointOnTheChannelAndOneFromTheNodeReachesTheCompanions() throws Exception {
        BridgeHarness h = new BridgeHarness(SEED, false);
        h.dana.onChannel(ChannelKey.PUBLIC);
        SimCompanion alice = h.mesh.companion("alice");
        h.mesh.repeater("r1");
        SimCompanion bob = h.mesh.companion("bob");
        h.mesh.line("alice", "r1", BridgeHarness.BRIDGE);
        h.mesh.line("bob", "r1");

        alice.sendChannelText(SimCompanion.PUBLIC_CHANNEL, "morning all");
        h.mesh.run(Duration.ofSeconds(10));
        h.node.sendGroupText(ChannelKey.PUBLIC, GroupTextContent.of(h.node.nextTimestamp(h.dana.identity()), "dana", "hello from the web"),
                TrafficOrigin.LOCAL);
        h.mesh.run(Duration.ofSeconds(10));

        assertThat(h.dana.groupMessages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelKey.PUBLIC);
            assertThat(m.type()).isEqualTo(PayloadType.GRP_TXT);
            assertThat(m.arrival().hopCount()).isEqualTo(1);
            assertThat(GroupTextContent.decode(m.plaintext()).textString()).isEqualTo("alice: morning all");
        });
        assertThat(h.bridge.groupMessages()).as("the bridge's own endpoint did not register Public").isEmpty();
        for (SimCompanion c : new SimCompanion[] {alice, bob}) {
            assertThat(c.channelMessages()).filteredOn(m -> m.sender().equals(Optional.of("dana")))
                    .as(c.name()).singleElement().satisfies(m -> assertThat(m.message()).isEqualTo("hello from the web"));
        }
    }
}
