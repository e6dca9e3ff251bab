package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.Payload;

/** Adverts heard (signature, replay, own keys) and sent (schedule, strictly increasing timestamps). */
class AdvertTest {

    /** Spec §12.2 [1]: room advert from B, ts 1700000000, "Test BBS" with location 0,0. */
    static final String ROOM_ADVERT = "1100" + ForwardingTest.ADVERT_PAYLOAD;

    private static final AdvertAppData ROOM = AdvertAppData.of(NodeType.ROOM, "Test BBS",
            Optional.of(new AdvertAppData.Location(0, 0)));

    private static Bytes floodAdvertOfB(long timestamp, AdvertAppData appData) {
        return Packet.flood(PayloadType.ADVERT, AdvertPayload.sign(B, timestamp, appData).encode()).encode();
    }

    @Test
    void verifiedAdvertBecomesAContact() {
        NodeHarness h = new NodeHarness(A);
        FakeEndpoint alice = new FakeEndpoint(A, ReplyStyle.COMPANION);
        h.node.register(alice);
        h.node.start();

        h.hear(ROOM_ADVERT);

        Contact contact = h.node.contacts().get(B.identity()).orElseThrow();
        assertThat(contact.name()).isEqualTo("Test BBS");
        assertThat(contact.nodeType()).contains(NodeType.ROOM);
        assertThat(contact.location()).contains(new AdvertAppData.Location(0, 0));
        assertThat(contact.advertTimestamp()).isEqualTo(1700000000L);
        assertThat(contact.hopCount()).isZero();
        assertThat(contact.signal()).contains(new SignalReport(20, -60));
        assertThat(contact.lastHeard()).isEqualTo(ManualScheduler.DEFAULT_START);
        assertThat(h.events.heard()).containsExactly(contact);
        assertThat(alice.adverts()).containsExactly(contact);
    }

    @Test
    void signatureIsVerifiedOnlyForAdvertsNotSeenBefore() {
        NodeHarness h = new NodeHarness(A);
        h.node.start();

        h.hear(ROOM_ADVERT);
        h.hear("1102AABB" + ForwardingTest.ADVERT_PAYLOAD);

        assertThat(h.node.stats().signatureChecks()).isEqualTo(1);
        assertThat(h.events.heard()).hasSize(1);
    }

    @Test
    void staleOrEqualTimestampsAreIgnoredAndNewerOnesUpdate() {
        NodeHarness h = new NodeHarness(A);
        h.node.start();
        h.hear(ROOM_ADVERT);

        h.hear(0, floodAdvertOfB(1699999999L, ROOM));
        h.hear(0, floodAdvertOfB(1700000000L, AdvertAppData.of(NodeType.ROOM, "Renamed", Optional.empty())));
        assertThat(h.node.contacts().get(B.identity()).orElseThrow().name()).isEqualTo("Test BBS");

        h.hear(0, floodAdvertOfB(1700000001L, AdvertAppData.of(NodeType.ROOM, "Renamed", Optional.empty())));
        assertThat(h.node.contacts().get(B.identity()).orElseThrow().name()).isEqualTo("Renamed");
        assertThat(h.events.heard()).hasSize(2);
        // forwarding off: the stale and the equal timestamp are dropped before their signatures
        assertThat(h.node.stats().signatureChecks()).isEqualTo(2);
    }

    @Test
    void aForgedStaleAdvertChangesNothingAndCostsNoVerifyWhenNotForwarding() {
        NodeHarness h = new NodeHarness(A);
        h.node.start();
        h.hear(ROOM_ADVERT);
        Bytes genuine = floodAdvertOfB(1699999000L, AdvertAppData.of(NodeType.ROOM, "Forged", Optional.empty()));
        Bytes forged = Bytes.fromHex(genuine.hex().substring(0, genuine.size() * 2 - 2) + "00");

        h.hear(0, forged);

        assertThat(h.node.contacts().get(B.identity()).orElseThrow().name()).isEqualTo("Test BBS");
        assertThat(h.node.stats().signatureChecks()).isEqualTo(1);
        assertThat(h.events.heard()).hasSize(1);
    }

    @Test
    void aForwardingNodeStillVerifiesAStaleAdvertAndRepeatsItLikeTheFirmware() {
        NodeHarness h = new NodeHarness(NodeHarness.C,
                NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withForwarding(ForwardingConfig.REPEATER), 1, 7);
        h.node.start();
        h.hear(ROOM_ADVERT);
        h.advance(Duration.ofSeconds(10));
        int sentBefore = h.sent().size();

        h.hear(0, floodAdvertOfB(1699999999L, ROOM));
        h.advance(Duration.ofSeconds(10));

        assertThat(h.node.stats().signatureChecks()).isEqualTo(2);
        assertThat(h.sent()).hasSize(sentBefore + 1);
        assertThat(h.sent().get(sentBefore).is(PayloadType.ADVERT)).isTrue();
        assertThat(h.node.contacts().get(B.identity()).orElseThrow().advertTimestamp()).isEqualTo(1700000000L);
    }

    @Test
    void forgedAdvertIsDroppedAndNotForwarded() {
        NodeHarness h = new NodeHarness(NodeHarness.C,
                NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withForwarding(ForwardingConfig.REPEATER), 1, 3);
        h.node.start();
        String forged = ROOM_ADVERT.substring(0, 80) + (ROOM_ADVERT.charAt(80) == '0' ? '1' : '0') + ROOM_ADVERT.substring(81);

        h.hear(forged);
        h.advance(Duration.ofSeconds(5));

        assertThat(h.node.contacts().size()).isZero();
        assertThat(h.node.stats().dropped()).isEqualTo(1);
        assertThat(h.links.get(0).transmissions()).isEmpty();
    }

    @Test
    void advertCarryingAHostedKeyIsIgnored() {
        NodeHarness h = new NodeHarness(NodeHarness.C);
        h.node.register(new FakeEndpoint(B, ReplyStyle.SERVER));
        h.node.start();

        h.hear(ROOM_ADVERT);

        assertThat(h.node.contacts().size()).isZero();
        assertThat(h.node.stats().signatureChecks()).isZero();
    }

    @Test
    void ownAdvertTimestampsStrictlyIncreaseEvenWhenTheClockStandsStillOrStepsBack() {
        NodeHarness h = new NodeHarness(A);
        h.node.register(new FakeEndpoint(B, ReplyStyle.SERVER).advertising(ROOM));
        h.node.start();

        h.setClock(1_800_000_000L);
        h.node.advertNow(B, false);
        h.node.advertNow(B, true);
        h.setClock(1_799_999_000L);
        h.node.advertNow(B, false);
        h.setClock(1_800_000_500L);
        h.node.advertNow(B, false);
        h.advance(Duration.ofSeconds(10));

        List<AdvertPayload> adverts = h.sent().stream().map(AdvertTest::advert).toList();
        assertThat(adverts).extracting(AdvertPayload::timestamp)
                .containsExactly(1_800_000_000L, 1_800_000_001L, 1_800_000_002L, 1_800_000_500L);
        assertThat(adverts).allSatisfy(a -> {
            assertThat(Identity.of(a.publicKey()).verify(a.signedMessage(), a.signature())).isTrue();
            assertThat(a.appData()).isEqualTo(ROOM.encode());
        });
        assertThat(h.sent()).extracting(Packet::route)
                .containsExactly(RouteType.DIRECT, RouteType.FLOOD, RouteType.DIRECT, RouteType.DIRECT);
        h.links.get(0).packets().forEach(echo -> h.hear(0, echo));
        assertThat(h.node.contacts().size()).isZero();
    }

    @Test
    void advertsFollowTheScheduleAndAFloodAdvertRestartsTheZeroHopTimer() {
        NodeConfig config = NodeConfig.DEFAULT
                .withAdverts(new AdvertSchedule(Duration.ofSeconds(16), Duration.ofMinutes(4), Duration.ofMinutes(10)));
        NodeHarness h = new NodeHarness(A, config, 1, 1);
        h.node.register(new FakeEndpoint(B, ReplyStyle.SERVER).advertising(ROOM));
        h.node.start();

        h.advance(Duration.ofMinutes(15));

        Instant t0 = ManualScheduler.DEFAULT_START;
        assertThat(h.sentAt()).containsExactly(t0.plusSeconds(16), t0.plusSeconds(240), t0.plusSeconds(480),
                t0.plusSeconds(600), t0.plusSeconds(840));
        assertThat(h.sent()).extracting(p -> p.path().equals(Path.EMPTY) && p.route() == RouteType.FLOOD)
                .containsExactly(false, false, false, true, false);
    }

    private static AdvertPayload advert(Packet packet) {
        try {
            return (AdvertPayload) Payload.decode(packet);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
