package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.Arrival;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.packet.TransportCodes;
import org.meshbridge.protocol.payload.NodeType;

/** Packets other than adverts refresh known nodes through {@link PacketHearing} and {@link NodeRegistry#heardPacket}. */
class PacketHearingTest {

    static final Instant T0 = ManualScheduler.DEFAULT_START;
    static final Identity SELF = key("c7", 0);
    static final Identity HILL = key("a1", 1);
    static final Identity VALE = key("b2", 2);
    static final Identity VALE_TWIN = key("b2", 3);
    static final Identity ALICE = key("d4", 4);

    final ManualScheduler scheduler = new ManualScheduler();
    final NodeRegistry registry = new NodeRegistry(10);
    final LivenessMonitor monitor = new LivenessMonitor(scheduler, registry, LivenessConfig.DEFAULT);
    final PacketHearing hearing = new PacketHearing(registry, SELF);
    final List<String> updates = new ArrayList<>();

    PacketHearingTest() {
        registry.addListener(new NodeRegistryListener() {
            @Override
            public void onNodeUpdated(NodeSnapshot node, NodeUpdate why) {
                updates.add(why + " " + node.name());
            }
        });
    }

    /** A key starting with {@code prefixHex}, the rest filled with {@code fill}. */
    static Identity key(String prefixHex, int fill) {
        return Identity.fromHex(prefixHex + String.format("%02x", fill).repeat(31));
    }

    static Contact advert(Identity who, String name, NodeType type, Instant at, int hops) {
        return new Contact(who, name, type.code(), Optional.empty(), at.getEpochSecond(), at,
                Optional.of(new SignalReport(20, -90)), hops, Path.ofOneByteHashes(new int[hops]), "sim0");
    }

    static ReceivedPacket flood(Instant at, RouteType route, int... path) {
        Optional<TransportCodes> codes = route.hasTransportCodes() ? Optional.of(new TransportCodes(7, 0)) : Optional.empty();
        Packet packet = new Packet(route, PayloadType.GRP_TXT.code(), 0, codes, Path.ofOneByteHashes(path),
                Bytes.of(new byte[] {1, 2, 3, 4}));
        return new ReceivedPacket(ReceivedFrame.withSignal("sim0", packet.encode(), -14, -112, at), packet, false);
    }

    NodeSnapshot node(Identity who) {
        return registry.node(who.publicKey().hex()).orElseThrow();
    }

    @Test
    void aFloodRelayedLastByAKnownRepeaterRefreshesItAndRecordsTheSignal() {
        registry.onNodeHeard(advert(HILL, "hill", NodeType.REPEATER, T0, 2));
        Instant at = T0.plus(Duration.ofMinutes(7));
        hearing.onPacketReceived(flood(at, RouteType.FLOOD, 0xd4, 0x33, 0xa1));

        NodeSnapshot hill = node(HILL);
        assertThat(hill.lastHeard()).isEqualTo(at);
        assertThat(hill.packetsHeard()).isEqualTo(1);
        assertThat(hill.direct()).contains(new DirectReception(at, Optional.of(new SignalReport(-14, -112)), "sim0"));
        assertThat(hill.advertsHeard()).as("adverts counted apart").isEqualTo(1);
        assertThat(hill.signal()).as("the advert's signal stays").contains(new SignalReport(20, -90));
        assertThat(hill.observedInterval()).as("the advert interval is left to adverts").isEmpty();
        assertThat(updates).containsExactly("NEW hill", "PACKET hill");
    }

    @Test
    void nobodyIsCreditedForAnAmbiguousHashADirectPathOrAHopOfTheMiddle() {
        registry.onNodeHeard(advert(HILL, "hill", NodeType.REPEATER, T0, 0));
        registry.onNodeHeard(advert(VALE, "vale", NodeType.REPEATER, T0, 0));
        registry.onNodeHeard(advert(VALE_TWIN, "vale twin", NodeType.ROOM, T0, 0));
        Instant at = T0.plusSeconds(60);
        hearing.onPacketReceived(flood(at, RouteType.FLOOD, 0xb2));
        hearing.onPacketReceived(flood(at, RouteType.DIRECT, 0xa1));
        hearing.onPacketReceived(flood(at, RouteType.TRANSPORT_DIRECT, 0xa1));
        hearing.onPacketReceived(flood(at, RouteType.FLOOD, 0xa1, 0x55));
        hearing.onPacketReceived(flood(at, RouteType.FLOOD));

        assertThat(registry.nodes()).allSatisfy(n -> {
            assertThat(n.packetsHeard()).isZero();
            assertThat(n.lastHeard()).isEqualTo(T0);
        });
    }

    @Test
    void companionsAreNotCandidatesAndTheBridgesOwnHashBlocksAnyRepeaterSharingIt() {
        registry.onNodeHeard(advert(ALICE, "alice", NodeType.CHAT, T0, 0));
        Identity shadow = key("c7", 9);
        registry.onNodeHeard(advert(shadow, "shadow", NodeType.REPEATER, T0, 0));
        hearing.onPacketReceived(flood(T0.plusSeconds(5), RouteType.FLOOD, 0xd4));
        hearing.onPacketReceived(flood(T0.plusSeconds(5), RouteType.TRANSPORT_FLOOD, 0xc7));

        assertThat(node(ALICE).packetsHeard()).as("a companion does not repeat").isZero();
        assertThat(node(shadow).packetsHeard()).as("0xc7 may be the bridge's own relay heard back").isZero();
    }

    @Test
    void anOpenedDatagramRefreshesItsSenderAndIsDirectOnlyWhenNoRepeaterTouchedIt() {
        registry.onNodeHeard(advert(ALICE, "alice", NodeType.CHAT, T0, 1));
        Instant viaHill = T0.plusSeconds(30);
        hearing.onSenderVerified(ALICE, arrival(RouteType.FLOOD, Path.ofOneByteHashes(0xa1), viaHill));
        assertThat(node(ALICE).lastHeard()).isEqualTo(viaHill);
        assertThat(node(ALICE).direct()).isEmpty();

        Instant straight = T0.plusSeconds(90);
        hearing.onSenderVerified(ALICE, arrival(RouteType.FLOOD, Path.EMPTY, straight));
        hearing.onSenderVerified(ALICE, arrival(RouteType.DIRECT, Path.EMPTY, T0.plusSeconds(95)));
        NodeSnapshot alice = node(ALICE);
        assertThat(alice.packetsHeard()).isEqualTo(3);
        assertThat(alice.direct()).as("a direct packet with no hops left may come from its last repeater")
                .map(DirectReception::at).contains(straight);
        assertThat(alice.lastHeard()).isEqualTo(T0.plusSeconds(95));

        hearing.onSenderVerified(HILL, arrival(RouteType.FLOOD, Path.EMPTY, straight));
        assertThat(registry.node(HILL.publicKey().hex())).as("an unknown sender is not added").isEmpty();
    }

    @Test
    void aPacketOfAnOfflineNodeIsALivenessChangeAndRecoversIt() {
        List<Alert> alerts = new ArrayList<>();
        registry.addListener(new NodeRegistryListener() {
            @Override
            public void onAlert(Alert alert) {
                alerts.add(alert);
            }
        });
        scheduler.execute(() -> registry.onNodeHeard(advert(HILL, "hill", NodeType.REPEATER, scheduler.now(), 0)));
        monitor.start();
        scheduler.advance(Duration.ofHours(150)); // a repeater: 47 h expected, offline after 3 x 47 h
        assertThat(node(HILL).state()).isEqualTo(LivenessState.OFFLINE);
        updates.clear();

        Instant at = scheduler.now();
        hearing.onPacketReceived(flood(at, RouteType.FLOOD, 0xa1));
        hearing.onPacketReceived(flood(at.plusSeconds(1), RouteType.FLOOD, 0xa1));

        assertThat(node(HILL).state()).isEqualTo(LivenessState.ONLINE);
        assertThat(updates).containsExactly("LIVENESS hill", "PACKET hill");
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
    }

    @Test
    void aPacketHeardOutOfOrderIsCountedButDoesNotMoveLastHeardBack() {
        registry.onNodeHeard(advert(HILL, "hill", NodeType.REPEATER, T0.plusSeconds(100), 0));
        assertThat(registry.heardPacket(HILL.publicKey().hex().toUpperCase(), T0, Optional.empty())).isTrue();
        assertThat(node(HILL).lastHeard()).isEqualTo(T0.plusSeconds(100));
        assertThat(node(HILL).packetsHeard()).isEqualTo(1);
        assertThat(registry.heardPacket(VALE.publicKey().hex(), T0, Optional.empty())).isFalse();
    }

    static Arrival arrival(RouteType route, Path path, Instant at) {
        return new Arrival("sim0", route, path, Optional.empty(), Optional.of(new SignalReport(8, -80)), at);
    }
}
