package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PathPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * Path repair ({@code BaseChatMesh::handleReturnPathRetry}): when a peer whose path we know still
 * floods its ACKs or RESPONSEs to us, it has not learned its path to us, so the node sends it a
 * reciprocal PATH again, direct along our path, 3 s later.
 */
class ReturnPathRetryTest {

    private static final long NOW = ManualScheduler.DEFAULT_START.getEpochSecond();
    private static final Path TO_B = Path.ofOneByteHashes(0x77, 0x88);
    private static final Path FLOOD_FROM_B = Path.ofOneByteHashes(0x99);

    private final NodeHarness h = new NodeHarness(A);
    private final FakeEndpoint alice = new FakeEndpoint(A, ReplyStyle.COMPANION).knowing(B.identity());

    ReturnPathRetryTest() {
        h.node.register(alice);
        h.node.start();
    }

    private static Bytes floodFromB(Payload payload) {
        return payload.toFlood().withPath(FLOOD_FROM_B).encode();
    }

    private Bytes sendTextAndFloodBsAck() {
        h.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL);
        h.scheduler.runPending();
        AckHash ack = AckHash.forPlainText(TextMessageContent.plain(NOW, 0, "Hello"), A.publicKey());
        return floodFromB(AckPayload.of(ack));
    }

    private PathContent openPath(Packet packet) throws MalformedFrameException {
        return PeerLink.between(B, A.identity()).open((PathPayload) Payload.decode(packet)).orElseThrow();
    }

    @Test
    void aFloodedAckFromAPeerWhosePathWeKnowIsAnsweredWithOurPathAgainThreeSecondsLater() throws Exception {
        h.node.paths().put(B.identity(), TO_B);
        Bytes floodedAck = sendTextAndFloodBsAck();

        h.hear(0, floodedAck);
        h.advance(Duration.ofMillis(2999));
        assertThat(h.sent()).hasSize(1);
        h.advance(Duration.ofSeconds(1));

        assertThat(h.events.deliveries()).singleElement().isInstanceOf(Delivery.Delivered.class);
        Packet repair = h.sent().get(1);
        assertThat(repair.payloadType()).contains(PayloadType.PATH);
        assertThat(repair.route()).isEqualTo(RouteType.DIRECT);
        assertThat(repair.path()).isEqualTo(TO_B);
        assertThat(openPath(repair).path()).as("the path B's flood took to us").isEqualTo(FLOOD_FROM_B);
        assertThat(h.sentAt().get(1)).isEqualTo(h.sentAt().get(0).plusSeconds(3));
    }

    @Test
    void aFloodedAckFromAPeerWithoutAKnownPathNeedsNoRepair() {
        Bytes floodedAck = sendTextAndFloodBsAck();

        h.hear(0, floodedAck);
        h.advance(Duration.ofSeconds(10));

        assertThat(h.events.deliveries()).singleElement().isInstanceOf(Delivery.Delivered.class);
        assertThat(h.sent()).extracting(p -> p.payloadType().orElseThrow()).containsExactly(PayloadType.TXT_MSG);
    }

    @Test
    void aDirectAckNeedsNoRepair() {
        h.node.paths().put(B.identity(), TO_B);
        h.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL);
        h.scheduler.runPending();
        AckHash ack = AckHash.forPlainText(TextMessageContent.plain(NOW, 0, "Hello"), A.publicKey());

        h.hear(0, AckPayload.of(ack).toZeroHop().encode());
        h.advance(Duration.ofSeconds(10));

        assertThat(h.events.deliveries()).singleElement().isInstanceOf(Delivery.Delivered.class);
        assertThat(h.sent()).extracting(p -> p.payloadType().orElseThrow()).containsExactly(PayloadType.TXT_MSG);
    }

    @Test
    void aFloodedResponseFromAPeerWhosePathWeKnowIsAnsweredWithOurPathAgain() throws Exception {
        h.node.paths().put(B.identity(), TO_B);
        ResponseContent response = new ResponseContent(NOW, Bytes.fromHex("0102030405"));

        h.hear(0, floodFromB(PeerLink.between(B, A.identity()).seal(response)));
        h.advance(Duration.ofSeconds(4));

        assertThat(alice.responses()).hasSize(1);
        Packet repair = h.sent().get(0);
        assertThat(repair.payloadType()).contains(PayloadType.PATH);
        assertThat(repair.path()).isEqualTo(TO_B);
        assertThat(openPath(repair).path()).isEqualTo(FLOOD_FROM_B);
        assertThat(h.sentAt()).containsExactly(ManualScheduler.DEFAULT_START.plusSeconds(3));
    }
}
