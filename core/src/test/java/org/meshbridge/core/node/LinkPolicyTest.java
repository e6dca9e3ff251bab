package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RecordingRadioLink;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * Several links (remote gateways): which link each packet goes out on, link state, links attached
 * and detached at run time, and one packet heard by two links.
 */
class LinkPolicyTest {

    private static final long NOW = ManualScheduler.DEFAULT_START.getEpochSecond();

    private final NodeHarness h = new NodeHarness(A, NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE), 2, 1);
    private final FakeEndpoint alice = new FakeEndpoint(A, ReplyStyle.COMPANION).knowing(B.identity())
            .advertising(AdvertAppData.of(NodeType.CHAT, "alice", Optional.empty()));

    LinkPolicyTest() {
        h.node.register(alice);
        h.node.start();
        h.scheduler.runPending();
    }

    private void sendGroupText() {
        h.node.sendGroupText(ChannelKey.PUBLIC, GroupTextContent.of(NOW, "alice", "hi"), TrafficOrigin.LOCAL);
        h.advance(Duration.ofSeconds(2));
    }

    private static Bytes zeroHopTextFromB() {
        return PeerLink.between(B, A.identity()).seal(TextMessageContent.plain(NOW, 0, "hi alice")).toZeroHop().encode();
    }

    @Test
    void floodsAndAdvertsGoOutOnEveryUpLink() {
        sendGroupText();
        h.node.advertNow(A, false);
        h.advance(Duration.ofSeconds(2));

        for (int link = 0; link < 2; link++) {
            assertThat(h.sent(link)).extracting(p -> p.payloadType().orElseThrow())
                    .containsExactly(PayloadType.GRP_TXT, PayloadType.ADVERT);
        }
    }

    @Test
    void aReplyGoesOutOnlyOnTheLinkThePeerWasLastHeardOn() {
        h.node.paths().put(B.identity(), Path.ofOneByteHashes(0x77));

        h.hear(1, zeroHopTextFromB());
        h.advance(Duration.ofSeconds(1));

        assertThat(alice.texts()).hasSize(1);
        assertThat(h.sent(1)).singleElement().satisfies(p -> {
            assertThat(p.payloadType()).contains(PayloadType.ACK);
            assertThat(p.route()).isEqualTo(RouteType.DIRECT);
        });
        assertThat(h.sent(0)).isEmpty();
        assertThat(h.airtimes.get(0).stats().submitted()).isZero();
    }

    @Test
    void aFloodedReplyStaysOnTheLinkTheRequestCameFrom() {
        Bytes floodText = PeerLink.between(B, A.identity()).seal(TextMessageContent.plain(NOW, 0, "hi alice")).toFlood().encode();

        h.hear(1, floodText);
        h.advance(Duration.ofSeconds(1));

        assertThat(h.sent(1)).singleElement().satisfies(p -> {
            assertThat(p.payloadType()).contains(PayloadType.PATH);
            assertThat(p.route()).isEqualTo(RouteType.FLOOD);
        });
        assertThat(h.sent(0)).isEmpty();
    }

    @Test
    void aTextToAPeerWithoutAPathFloodsOnEveryUpLinkEvenIfThePeerWasHeardOnOne() {
        h.hear(1, zeroHopTextFromB());
        h.advance(Duration.ofSeconds(1));

        h.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL);
        h.advance(Duration.ofSeconds(1));

        assertThat(h.sent(0)).singleElement().satisfies(p -> assertThat(p.route()).isEqualTo(RouteType.FLOOD));
        assertThat(h.sent(1)).filteredOn(p -> p.is(PayloadType.TXT_MSG)).isEqualTo(h.sent(0));
    }

    @Test
    void aDirectPacketToAPeerNeverHeardGoesOutOnEveryUpLink() {
        h.node.paths().put(B.identity(), Path.ofOneByteHashes(0x77));

        h.node.sendRequest(A, B.identity(), RequestContent.fixed(NOW, RequestType.GET_STATUS, Bytes.fromHex("01020304")),
                TrafficOrigin.LOCAL);
        h.advance(Duration.ofSeconds(1));

        assertThat(h.sent(0)).singleElement().satisfies(p -> assertThat(p.route()).isEqualTo(RouteType.DIRECT));
        assertThat(h.sent(1)).isEqualTo(h.sent(0));
    }

    @Test
    void whenThePeersLinkIsDownTheReplyFallsBackToTheLinksThatAreUp() {
        h.node.paths().put(B.identity(), Path.ofOneByteHashes(0x77));
        h.hear(1, zeroHopTextFromB());
        h.links.get(1).changeState(new LinkState.Down("gateway gone"));

        h.advance(Duration.ofSeconds(1));

        assertThat(h.sent(0)).singleElement().satisfies(p -> assertThat(p.payloadType()).contains(PayloadType.ACK));
        assertThat(h.sent(1)).isEmpty();
    }

    @Test
    void aDownLinkIsNotTransmittedOnAndItsAirtimeSchedulerIsNotFed() {
        h.links.get(1).changeState(new LinkState.Down("serial port closed"));
        h.scheduler.runPending();

        sendGroupText();

        assertThat(h.node.linkStates()).containsEntry("link0", new LinkState.Up("recording"))
                .containsEntry("link1", new LinkState.Down("serial port closed"));
        assertThat(h.sent(0)).hasSize(1);
        assertThat(h.links.get(1).transmissions()).isEmpty();
        assertThat(h.airtimes.get(1).stats().submitted()).isZero();

        h.links.get(1).changeState(new LinkState.Up("recording"));
        h.scheduler.runPending();
        sendGroupText();
        assertThat(h.sent(1)).hasSize(1);
    }

    @Test
    void withEveryLinkDownATextFailsAtOnceSayingWhy() {
        h.links.forEach(l -> l.changeState(new LinkState.Down("unplugged")));
        h.scheduler.runPending();

        CompletableFuture<Delivery> result = h.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL).toCompletableFuture();
        h.node.sendGroupText(ChannelKey.PUBLIC, GroupTextContent.of(NOW, "alice", "hi"), TrafficOrigin.LOCAL);

        assertThat(result).isCompletedWithValue(new Delivery.Failed(B.identity(), 0, Delivery.FailureReason.NO_LINK_UP));
        assertThat(h.events.deliveries()).containsExactly(result.join());
        assertThat(h.node.pendingDeliveries()).isZero();
        assertThat(h.node.stats().unsentNoLink()).isEqualTo(1);
        assertThat(h.airtimes).allSatisfy(a -> assertThat(a.stats().submitted()).isZero());
    }

    @Test
    void aTextWhoseRetryFindsEveryLinkDownFailsThen() {
        CompletableFuture<Delivery> result = h.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL).toCompletableFuture();
        h.scheduler.runPending();
        h.links.forEach(l -> l.changeState(new LinkState.Down("unplugged")));

        h.advance(Duration.ofSeconds(10));

        assertThat(result).isCompletedWithValue(new Delivery.Failed(B.identity(), 1, Delivery.FailureReason.NO_LINK_UP));
    }

    @Test
    void aLinkAttachedAtRunTimeIsStartedAndUsedAndADetachedOneIsNot() {
        RecordingRadioLink gateway = h.newLink("gw-north");

        h.node.attach(gateway, h.airtimes.get(2), NodeHarness.AIRTIME);
        sendGroupText();

        assertThat(h.node.linkStates()).containsOnlyKeys("link0", "link1", "gw-north");
        assertThat(h.sent(2)).hasSize(1);

        assertThat(h.node.detach("gw-north")).isTrue();
        long framesBefore = h.node.stats().framesReceived();
        h.hear(2, zeroHopTextFromB());
        sendGroupText();

        assertThat(h.node.linkStates()).containsOnlyKeys("link0", "link1");
        assertThat(h.node.stats().framesReceived()).as("what a detached link still reports is ignored").isEqualTo(framesBefore);
        assertThat(alice.texts()).isEmpty();
        assertThat(h.sent(2)).hasSize(1);
        assertThat(h.sent(0)).hasSize(2);
        assertThat(h.node.detach("gw-north")).isFalse();
    }

    @Test
    void aLinkIdCanBeAttachedOnlyOnce() {
        RecordingRadioLink twin = h.newLink("link0");

        assertThatIllegalArgumentException().isThrownBy(() -> h.node.attach(twin, h.airtimes.get(2), NodeHarness.AIRTIME))
                .withMessageContaining("link0");
    }

    @Test
    void aPacketHeardByTwoGatewaysIsProcessedOnce() {
        Bytes text = zeroHopTextFromB();

        h.hear(0, text);
        h.hear(1, text);

        assertThat(alice.texts()).hasSize(1);
        assertThat(h.events.received()).extracting(ReceivedPacket::duplicate).containsExactly(false, true);
        assertThat(h.node.stats().processed()).isEqualTo(1);
        assertThat(h.node.stats().duplicates()).isEqualTo(1);
    }
}
