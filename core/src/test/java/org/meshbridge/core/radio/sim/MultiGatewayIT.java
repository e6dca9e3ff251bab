package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.FakeEndpoint;
import org.meshbridge.core.node.ForwardingConfig;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.node.RecordingNodeListener;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;

/**
 * The bridge's node with two radio gateways at two sites that cannot hear each other (two
 * simulated airs on one clock): alice at the north site, bob at the south site. The south gateway
 * connects at run time. The node repeats, so it joins the sites; what it sends for one peer stays
 * at that peer's site.
 */
class MultiGatewayIT {

    private static final long SEED = 11;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final SimulatedAir north = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, random.split());
    private final SimulatedAir south = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, random.split());
    private final List<String> northFromBridge = new ArrayList<>();
    private final List<String> southFromBridge = new ArrayList<>();
    private final SimCompanion alice = companion("alice", north);
    private final SimCompanion bob = companion("bob", south);
    private final SimulatedRadioLink gwNorth = new SimulatedRadioLink("gw-north", north);
    private final SimulatedRadioLink gwSouth = new SimulatedRadioLink("gw-south", south);
    private final RecordingNodeListener events = new RecordingNodeListener();
    private final FakeEndpoint dana = new FakeEndpoint(SimIdentities.derive("dana", SEED), ReplyStyle.COMPANION)
            .advertising(AdvertAppData.of(NodeType.CHAT, "dana", Optional.empty()));
    private final MeshNode node;

    MultiGatewayIT() {
        north.setLinks("alice", "gw-north", LinkQuality.good());
        south.setLinks("bob", "gw-south", LinkQuality.good());
        north.addListener((sender, frame, at, toa) -> record(sender, frame, "gw-north", northFromBridge));
        south.addListener((sender, frame, at, toa) -> record(sender, frame, "gw-south", southFromBridge));
        node = MeshNode.builder(scheduler, SimIdentities.derive("bridge", SEED))
                .config(NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withForwarding(ForwardingConfig.REPEATER))
                .random(random.split()).listener(events).link(gwNorth, airtime(gwNorth)).build();
        dana.knowing(alice.identity().identity(), bob.identity().identity());
        node.register(dana);
        node.start();
        node.attach(gwSouth, airtime(gwSouth));
        scheduler.runPending();
    }

    private SimCompanion companion(String name, SimulatedAir air) {
        SimCompanion c = new SimCompanion(name, SimIdentities.derive(name, SEED), air, random.split(), SimCompanion.Settings.QUIET);
        c.start();
        return c;
    }

    private AirtimeScheduler airtime(SimulatedRadioLink link) {
        return new AirtimeScheduler(scheduler, link, AirtimeEstimator.lora(link.modulation()),
                AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 10)).withInternetShare(0.5));
    }

    private static void record(String sender, Bytes frame, String gateway, List<String> out) {
        if (sender.equals(gateway)) {
            try {
                Packet p = Packet.decode(frame);
                out.add(p.payloadType().orElseThrow() + "/" + p.route());
            } catch (org.meshbridge.protocol.bytes.MalformedFrameException e) {
                throw new AssertionError(e);
            }
        }
    }

    private void run(Duration d) {
        scheduler.advance(d);
    }

    private void introduce() {
        alice.advertNow(true);
        run(Duration.ofSeconds(20));
        bob.advertNow(true);
        run(Duration.ofSeconds(20));
    }

    @Test
    void aGatewayAttachedAtRunTimeJoinsTheSitesForAdvertsAndADmWithItsAck() {
        introduce();

        assertThat(node.linkStates()).containsOnlyKeys("gw-north", "gw-south")
                .allSatisfy((id, state) -> assertThat(state).isInstanceOf(LinkState.Up.class));
        assertThat(alice.contact("bob")).as("bob's advert crossed from south to north").isPresent();
        assertThat(bob.contact("alice")).isPresent();

        Delivery first = alice.sendText("bob", "hello from the north");
        run(Duration.ofSeconds(30));
        Delivery second = alice.sendText("bob", "and again, direct");
        run(Duration.ofSeconds(30));

        assertThat(first.state()).as("seed %s: %s", SEED, first).isEqualTo(Delivery.State.DELIVERED);
        assertThat(second.state()).as("seed %s: %s", SEED, second).isEqualTo(Delivery.State.DELIVERED);
        assertThat(second.attempts()).extracting(Delivery.Attempt::route).containsExactly(RouteType.DIRECT);
        assertThat(bob.directMessages()).extracting(DirectMessage::text).containsExactly("hello from the north", "and again, direct");
        assertThat(northFromBridge).as("bob's PATH+ACK and direct ACK relayed north").contains("PATH/FLOOD", "ACK/DIRECT");
        assertThat(southFromBridge).as("alice's texts relayed south").contains("TXT_MSG/FLOOD", "TXT_MSG/DIRECT");
    }

    @Test
    void aReplyToAliceStaysAtTheNorthSite() {
        introduce();
        node.advertNow(dana.identity(), true);
        run(Duration.ofSeconds(10));
        Delivery toDana = alice.sendText("dana", "hi dana");
        run(Duration.ofSeconds(30));
        northFromBridge.clear();
        southFromBridge.clear();

        CompletableFuture<org.meshbridge.core.node.Delivery> reply = node
                .sendText(dana.identity(), alice.identity().identity(), "hi alice", TrafficOrigin.INTERNET).toCompletableFuture();
        run(Duration.ofSeconds(30));

        assertThat(toDana.state()).isEqualTo(Delivery.State.DELIVERED);
        assertThat(reply).isCompletedWithValueMatching(d -> d instanceof org.meshbridge.core.node.Delivery.Delivered);
        assertThat(alice.directMessages()).extracting(DirectMessage::text).containsExactly("hi alice");
        assertThat(northFromBridge).containsExactly("TXT_MSG/DIRECT");
        assertThat(southFromBridge).as("nothing for alice goes to the south site").isEmpty();
    }

    @Test
    void afterTheSouthGatewayIsDetachedBobIsOutOfReach() {
        introduce();

        assertThat(node.detach("gw-south")).isTrue();
        southFromBridge.clear();
        Delivery lost = alice.sendText("bob", "anyone in the south?");
        run(Duration.ofMinutes(2));

        assertThat(lost.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(bob.directMessages()).isEmpty();
        assertThat(southFromBridge).isEmpty();
        assertThat(node.linkStates()).containsOnlyKeys("gw-north");
    }

    @Test
    void aPacketHeardByTwoGatewaysAtOneSiteIsProcessedOnce() {
        SimulatedRadioLink gwNorth2 = new SimulatedRadioLink("gw-north-2", north);
        north.setLinks("alice", "gw-north-2", LinkQuality.good());
        node.attach(gwNorth2, airtime(gwNorth2));
        alice.advertNow(true);
        run(Duration.ofSeconds(20));

        assertThat(events.received()).filteredOn(p -> p.packet().is(PayloadType.ADVERT))
                .extracting(p -> p.frame().linkId(), ReceivedPacket::duplicate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gw-north", false),
                        org.assertj.core.groups.Tuple.tuple("gw-north-2", true));
        assertThat(dana.adverts()).hasSize(1);
        assertThat(node.contacts().size()).isEqualTo(1);
    }
}
