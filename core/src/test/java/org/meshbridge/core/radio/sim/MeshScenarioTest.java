package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.radio.sim.SimMeshHarness.hashes;
import static org.meshbridge.core.radio.sim.SimMeshHarness.pathOf;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.NodeType;

/** Multi-hop scenarios on the virtual clock: firmware-like peers talking through simulated repeaters. */
class MeshScenarioTest {

    private static final long SEED = 42;

    @Test
    void aDmThreeHopsAwayIsFloodedAndAckedThenTheLearntPathCarriesTheNextOneDirect() {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion alice = mesh.companion("alice");
        SimRepeater r1 = mesh.repeater("r1");
        SimRepeater r2 = mesh.repeater("r2");
        SimCompanion bob = mesh.companion("bob");
        mesh.line("alice", "r1", "r2", "bob");
        introduce(mesh, alice, bob);

        Delivery first = alice.sendText("bob", "hello over three hops");
        mesh.run(Duration.ofSeconds(30));

        assertThat(first.state()).as("seed %s: %s", SEED, first).isEqualTo(Delivery.State.DELIVERED);
        assertThat(first.attempts()).extracting(Delivery.Attempt::route).containsExactly(RouteType.FLOOD);
        assertThat(bob.directMessages()).singleElement().satisfies(dm -> {
            assertThat(dm.text()).isEqualTo("hello over three hops");
            assertThat(hashes(dm.floodPath())).contains(pathOf(r1, r2));
        });
        assertThat(mesh.sentBy("bob", PayloadType.PATH)).as("the ACK rides in bob's PATH return").isEqualTo(1);
        assertThat(hashes(alice.contact("bob").orElseThrow().outPath())).contains(pathOf(r1, r2));
        assertThat(hashes(bob.contact("alice").orElseThrow().outPath()))
                .as("alice's reciprocal PATH went direct and taught bob the way back").contains(pathOf(r2, r1));
        assertThat(r1.counters().forwarded()).isPositive();
        assertThat(r2.counters().forwarded()).isPositive();

        Delivery second = alice.sendText("bob", "and now direct");
        mesh.run(Duration.ofSeconds(30));

        assertThat(second.state()).as("seed %s: %s", SEED, second).isEqualTo(Delivery.State.DELIVERED);
        assertThat(second.attempts()).extracting(Delivery.Attempt::route).containsExactly(RouteType.DIRECT);
        assertThat(bob.directMessages()).hasSize(2).last().satisfies(dm -> {
            assertThat(dm.text()).isEqualTo("and now direct");
            assertThat(dm.floodPath()).isEmpty();
        });
        assertThat(mesh.sent).filteredOn(s -> s.sender().equals("bob") && s.is(PayloadType.ACK))
                .as("bob ACKs the direct message direct, along the path back")
                .singleElement().satisfies(s -> assertThat(s.packet().route()).isEqualTo(RouteType.DIRECT));
        assertThat(alice.directMessages()).isEmpty();
    }

    @Test
    void aDmHeardViaTwoRepeatersIsProcessedAndAnsweredOnce() {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion alice = mesh.companion("alice");
        SimRepeater north = mesh.repeater("north");
        SimRepeater south = mesh.repeater("south");
        SimCompanion bob = mesh.companion("bob");
        mesh.line("alice", "north", "bob");
        mesh.line("alice", "south", "bob");
        mesh.line("north", "south");
        introduce(mesh, alice, bob);
        long bobDuplicatesBefore = bob.counters().duplicates();

        Delivery delivery = alice.sendText("bob", "one copy please");
        mesh.run(Duration.ofSeconds(30));

        assertThat(mesh.sent).filteredOn(s -> (s.sender().equals("north") || s.sender().equals("south")) && s.is(PayloadType.TXT_MSG))
                .as("both repeaters relayed it").hasSize(2);
        assertThat(bob.counters().duplicates() - bobDuplicatesBefore).as("the second copy was a duplicate").isPositive();
        assertThat(bob.directMessages()).singleElement().extracting(DirectMessage::text).isEqualTo("one copy please");
        assertThat(mesh.sentBy("bob", PayloadType.PATH)).isEqualTo(1);
        assertThat(delivery.state()).isEqualTo(Delivery.State.DELIVERED);
    }

    @Test
    void aChannelTextReachesEveryoneAlongALineOfRepeaters() {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion west = mesh.companion("west");
        mesh.repeater("r1");
        mesh.repeater("r2");
        mesh.repeater("r3");
        SimCompanion middle = mesh.companion("middle");
        SimCompanion east = mesh.companion("east");
        mesh.line("west", "r1", "r2", "r3", "east");
        mesh.line("r2", "middle");

        west.sendChannelText(SimCompanion.PUBLIC_CHANNEL, "good morning mesh");
        mesh.run(Duration.ofSeconds(30));

        assertThat(middle.channelMessages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("Public");
            assertThat(m.sender()).contains("west");
            assertThat(m.message()).isEqualTo("good morning mesh");
            assertThat(m.hops()).isEqualTo(2);
        });
        assertThat(east.channelMessages()).singleElement().satisfies(m -> assertThat(m.hops()).isEqualTo(3));
        assertThat(west.channelMessages()).as("its own echo is not taken as news").isEmpty();
        assertThat(mesh.sent).filteredOn(s -> s.is(PayloadType.GRP_TXT)).as("one send and three relays")
                .extracting(SimMeshHarness.Sent::sender).containsExactly("west", "r1", "r2", "r3");
    }

    @Test
    void contactsComeFromAdvertsAndARepeatedAdvertIsDroppedAsADuplicate() {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion alice = mesh.companion("alice");
        SimRepeater r1 = mesh.repeater("r1");
        mesh.line("alice", "r1");

        r1.advertNow(false);
        mesh.run(Duration.ofSeconds(5));
        long firstTimestamp = alice.contact("r1").orElseThrow().lastAdvertTimestamp();
        mesh.sent.stream().filter(s -> s.sender().equals("r1")).findFirst()
                .ifPresent(s -> mesh.air.transmit("r1", s.frame(), () -> { }));
        mesh.run(Duration.ofSeconds(5));

        assertThat(alice.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("r1");
            assertThat(c.type()).contains(NodeType.REPEATER);
            assertThat(c.outPath()).isEmpty();
            assertThat(c.lastAdvertTimestamp()).isEqualTo(firstTimestamp);
        });
        assertThat(alice.counters().duplicates()).as("the replay was caught by the seen table").isEqualTo(1);
        assertThat(mesh.sentBy("alice", PayloadType.ADVERT)).isZero();
    }

    @Test
    void aDmToAnUnreachableContactFloodsTwiceAndFails() {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion alice = mesh.companion("alice");
        SimCompanion bob = mesh.companion("bob");
        mesh.line("alice", "bob");
        introduce(mesh, alice, bob);
        mesh.air.removeLink("alice", "bob");

        Delivery delivery = alice.sendText("bob", "anyone there?");
        mesh.run(Duration.ofMinutes(2));

        assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(delivery.attempts()).extracting(Delivery.Attempt::route).containsExactly(RouteType.FLOOD, RouteType.FLOOD);
        assertThat(delivery.attempts()).extracting(Delivery.Attempt::number).containsExactly(0, 1);
        assertThat(delivery.attempts().get(0).expectedAck()).isNotEqualTo(delivery.attempts().get(1).expectedAck());
        assertThat(bob.directMessages()).isEmpty();
    }

    /** Each floods an advert (at different times so they do not collide) and both learn the other. */
    static void introduce(SimMeshHarness mesh, SimCompanion a, SimCompanion b) {
        a.advertNow(true);
        mesh.run(Duration.ofSeconds(20));
        b.advertNow(true);
        mesh.run(Duration.ofSeconds(20));
        assertThat(a.contact(b.name())).as("%s heard %s's advert (seed %s)", a.name(), b.name(), mesh.seed).isPresent();
        assertThat(b.contact(a.name())).as("%s heard %s's advert (seed %s)", b.name(), a.name(), mesh.seed).isPresent();
        assertThat(a.contact(b.name()).map(SimContact::outPath)).contains(Optional.empty());
    }
}
