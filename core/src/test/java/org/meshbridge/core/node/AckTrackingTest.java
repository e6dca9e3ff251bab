package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PathPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * Sent texts and their ACKs (node hosting A, sending to B): firmware timeouts, retries, late and
 * multi-ACKs, ACK payloads of 4..6 bytes, path learning from PATH packets with extras.
 */
class AckTrackingTest {

    private static final long NOW = ManualScheduler.DEFAULT_START.getEpochSecond();

    private final NodeHarness h = new NodeHarness(A);
    private final FakeEndpoint alice = new FakeEndpoint(A, ReplyStyle.COMPANION).knowing(B.identity());

    AckTrackingTest() {
        h.node.register(alice);
        h.node.start();
    }

    private CompletableFuture<Delivery> send() {
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        h.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL).thenAccept(result::complete);
        h.scheduler.runPending();
        return result;
    }

    private static Bytes ack(int attempt) {
        return AckHash.forPlainText(TextMessageContent.plain(NOW, attempt, "Hello"), A.publicKey()).value();
    }

    @Test
    void ackedTextIsReportedDeliveredWithItsRoundTrip() {
        CompletableFuture<Delivery> result = send();
        h.advance(Duration.ofMillis(700));

        h.hear("0D00" + ack(0).hex());

        assertThat(result).isCompletedWithValue(new Delivery.Delivered(B.identity(), 1, new AckHash(ack(0)), Duration.ofMillis(700)));
        assertThat(h.events.deliveries()).hasSize(1);
        assertThat(h.node.pendingDeliveries()).isZero();
    }

    @Test
    void unackedFloodTextIsRetriedAtTheFirmwareTimeoutAndThenFails() {
        CompletableFuture<Delivery> result = send();

        // 22-byte flood packet = 220 ms airtime: timeout 500 + 16 x 220 = 4020 ms
        h.advance(Duration.ofMillis(4019));
        assertThat(h.links.get(0).transmissions()).hasSize(1);
        h.advance(Duration.ofMillis(1));
        h.advance(Duration.ofMillis(4020));
        assertThat(result).isNotDone();
        h.advance(Duration.ofMillis(4020));

        assertThat(h.sentAt()).containsExactly(ManualScheduler.DEFAULT_START, ManualScheduler.DEFAULT_START.plusMillis(4020),
                ManualScheduler.DEFAULT_START.plusMillis(8040));
        assertThat(result).isCompletedWithValue(new Delivery.Failed(B.identity(), 3));
        assertThat(h.sent()).allSatisfy(p -> assertThat(p.route()).isEqualTo(RouteType.FLOOD));
        assertThat(h.sent().stream().map(Packet::payload).distinct()).hasSize(3);
    }

    @Test
    void lateAckOfAnEarlierAttemptStillCounts() {
        CompletableFuture<Delivery> result = send();
        h.advance(Duration.ofMillis(5000));
        assertThat(h.links.get(0).transmissions()).hasSize(2);

        h.hear("0D00" + ack(0).hex());

        assertThat(result).isCompletedWithValue(new Delivery.Delivered(B.identity(), 2, new AckHash(ack(0)), Duration.ofMillis(5000)));
        h.advance(Duration.ofMinutes(1));
        assertThat(h.links.get(0).transmissions()).hasSize(2);
    }

    @Test
    void anAckAfterGivingUpIsReportedAsALateDeliveryOnceWithinTheGraceWindow() {
        CompletableFuture<Delivery> result = send();
        h.advance(Duration.ofMillis(12_060));
        assertThat(result).isCompletedWithValue(new Delivery.Failed(B.identity(), 3));
        h.advance(Duration.ofSeconds(30));

        h.hear("0D00" + ack(1).hex());
        h.hear("0D00" + ack(2).hex());

        assertThat(h.events.deliveries()).hasSize(2).last().isEqualTo(new Delivery.DeliveredLate(B.identity(), 3,
                new AckHash(ack(1)), Duration.ofMillis(12_060 - 4020 + 30_000), Duration.ofSeconds(30)));
        assertThat(h.node.stats().processed()).isEqualTo(2);
    }

    @Test
    void anAckAfterTheGraceWindowIsNotOurs() {
        NodeHarness forwarding = new NodeHarness(A, NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE)
                .withForwarding(ForwardingConfig.REPEATER).withRetries(new RetryPolicy(1, 1, Duration.ofSeconds(10))), 1, 1);
        forwarding.node.register(new FakeEndpoint(A, ReplyStyle.COMPANION).knowing(B.identity()));
        forwarding.node.start();
        forwarding.node.sendText(A, B.identity(), "Hello", TrafficOrigin.LOCAL);
        forwarding.advance(Duration.ofMillis(4020 + 10_001));

        forwarding.hear("0D00" + ack(0).hex());
        forwarding.advance(Duration.ofSeconds(5));

        assertThat(forwarding.events.deliveries()).singleElement().isInstanceOf(Delivery.Failed.class);
        assertThat(forwarding.sent()).extracting(p -> p.payloadType().orElseThrow())
                .as("no longer ours, so repeated like anyone's ACK").containsExactly(PayloadType.TXT_MSG, PayloadType.ACK);
    }

    @Test
    void multiAckThenPlainAckReportOneDelivery() {
        CompletableFuture<Delivery> result = send();
        h.advance(Duration.ofMillis(300));

        h.hear("2A00" + "03" + ack(0).hex() + "0077");   // MULTIPART ACK, zero-hop
        h.advance(Duration.ofMillis(300));
        h.hear("0E00" + ack(0).hex() + "0077");          // the ACK itself, 6 bytes

        assertThat(result).isCompleted();
        assertThat(h.events.deliveries()).singleElement().isInstanceOf(Delivery.Delivered.class);
        assertThat(h.node.stats().processed()).isEqualTo(2);
    }

    @Test
    void ackPayloadsAreComparedOnTheirFirstFourBytes() {
        CompletableFuture<Delivery> result = send();

        h.hear("0D00" + ack(0).hex() + "05");

        assertThat(result.join()).isInstanceOf(Delivery.Delivered.class);
    }

    @Test
    void afterTwoFailedDirectAttemptsThePathIsForgottenAndTheTextFlooded() {
        h.node.paths().put(B.identity(), Path.ofOneByteHashes(0xAA));
        CompletableFuture<Delivery> result = send();

        // 23-byte direct packet = 230 ms airtime: timeout 500 + (6 x 230 + 250) x 2 = 3760 ms
        h.advance(Duration.ofMillis(3760));
        h.advance(Duration.ofMillis(3760));
        h.advance(Duration.ofMillis(300));

        assertThat(h.sent()).extracting(Packet::route).containsExactly(RouteType.DIRECT, RouteType.DIRECT, RouteType.FLOOD);
        assertThat(h.sentAt().get(1)).isEqualTo(ManualScheduler.DEFAULT_START.plusMillis(3760));
        assertThat(h.node.paths().get(B.identity())).isEmpty();
        assertThat(result).isNotDone();
    }

    @Test
    void pathReturnWithAckExtraDeliversTheTextAndTeachesThePath() {
        CompletableFuture<Delivery> result = send();
        h.advance(Duration.ofMillis(900));
        Bytes extra = ack(0).concat(Bytes.fromHex("00AB"));
        Bytes plain = new PathContent(Path.ofOneByteHashes(0xAA, 0xBB), PayloadType.ACK.code(), extra).encode();
        Bytes sealed = PayloadCipher.encryptThenMac(B.sharedSecret(A.identity()), plain);

        h.hear("2101CC" + "1E48" + sealed.hex());   // PATH B→A, flooded through 0xCC
        h.advance(Duration.ofSeconds(1));

        assertThat(result.join()).isInstanceOf(Delivery.Delivered.class);
        assertThat(h.node.paths().get(B.identity())).contains(Path.ofOneByteHashes(0xAA, 0xBB));
        Packet reciprocal = h.sent().get(1);
        assertThat(reciprocal.route()).isEqualTo(RouteType.DIRECT);
        assertThat(reciprocal.path()).isEqualTo(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(openPathFromA(reciprocal).path()).isEqualTo(Path.ofOneByteHashes(0xCC));
    }

    @Test
    void specLoginReplyPathTeachesThePathDeliversTheResponseAndGetsAReciprocalPath() {
        // spec §12.2 [3], heard after flooding back through BB then AA
        h.hear("2102BBAA" + "1E489B6E9E8620F8D1C1E6E5901F511CAE5AAFDBB826EB7A23C75F52C6A3828EE57C1035");
        h.advance(Duration.ofSeconds(1));

        assertThat(h.node.paths().get(B.identity())).contains(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(alice.pathUpdates()).containsExactly(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(alice.responses()).singleElement()
                .satisfies(m -> assertThat(m.plaintext().prefix(13)).isEqualTo(Bytes.fromHex("69F15365" + "000000" + "02" + "01020304" + "01")));
        // spec §12.2 [3b]: DIRECT via AA,BB, 48 <- 1E, plaintext 02 BBAA FF + 4 random bytes
        Packet reciprocal = h.sent().get(0);
        assertThat(reciprocal.encode().prefix(6)).isEqualTo(Bytes.fromHex("2202AABB481E"));
        PathContent content = openPathFromA(reciprocal);
        assertThat(content.path()).isEqualTo(Path.ofOneByteHashes(0xBB, 0xAA));
        assertThat(content.extraTypeByte()).isEqualTo(0xFF);
        assertThat(h.sentAt()).containsExactly(ManualScheduler.DEFAULT_START.plusMillis(500));
    }

    private static PathContent openPathFromA(Packet packet) {
        try {
            PathPayload payload = (PathPayload) Payload.decode(packet);
            return PathContent.decode(PayloadCipher.macThenDecrypt(B.sharedSecret(A.identity()), payload.macAndCiphertext())
                    .orElseThrow());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
