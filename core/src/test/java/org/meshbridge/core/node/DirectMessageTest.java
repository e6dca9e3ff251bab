package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PathPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.ResponseContent;

/** Texts to a local endpoint: decrypted with the sender's key and acknowledged the firmware's way (spec §6.2, §12.2 [4], [5]). */
class DirectMessageTest {

    /** Spec §12.2 [4]: TXT_MSG A→B, flood, plaintext C8F15365 00 "Hello room". */
    static final String POST_FLOOD = "0900481E9C93514FABCFA4A66821C0F59544EC954529";
    /** The same payload heard direct with zero hops (header 0x0A). */
    static final String POST_ZERO_HOP = "0A00481E9C93514FABCFA4A66821C0F59544EC954529";
    /** Spec §12.2 [4]: the expected ACK, SHA-256(plaintext ‖ A.pub)[0..4]. */
    static final Bytes ACK = Bytes.fromHex("712250F6");

    @Test
    void roomStyleEndpointAcksAFloodPostWithTheSpecsPlainFloodAck() {
        NodeHarness h = new NodeHarness(B);
        FakeEndpoint room = new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity());
        h.node.register(room);
        h.node.start();

        h.hear(POST_FLOOD);

        assertThat(room.texts()).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo(A.identity());
            assertThat(m.text().orElseThrow().textString()).isEqualTo("Hello room");
            assertThat(m.text().orElseThrow().timestamp()).isEqualTo(1700000200L);
        });
        h.advance(Duration.ofMillis(199));
        assertThat(h.links.get(0).transmissions()).isEmpty();
        h.advance(Duration.ofSeconds(1));
        assertThat(h.links.get(0).packets()).containsExactly(Bytes.fromHex("0D00712250F6"));
        assertThat(h.sentAt()).containsExactly(ManualScheduler.DEFAULT_START.plusMillis(200));
    }

    @Test
    void companionStyleEndpointAnswersAFloodTextWithAPathReturnCarryingTheAck() {
        NodeHarness h = new NodeHarness(B);
        h.node.register(new FakeEndpoint(B, ReplyStyle.COMPANION).knowing(A.identity()));
        h.node.start();

        h.hear(POST_FLOOD);
        h.advance(Duration.ofSeconds(2));

        Packet path = h.sent().get(0);
        assertThat(path.route()).isEqualTo(RouteType.FLOOD);
        assertThat(path.is(PayloadType.PATH)).isTrue();
        PathContent content = openPath(path);
        assertThat(content.path()).isEqualTo(Path.EMPTY);
        assertThat(content.extraType()).contains(PayloadType.ACK);
        // hash(4), attempt byte 0, one random byte, then the cipher's zero padding to 16 bytes
        assertThat(content.extra().size()).isEqualTo(14);
        assertThat(content.extra().prefix(4)).isEqualTo(ACK);
        assertThat(content.extra().get(4)).isZero();
        assertThat(content.extra().slice(6, 14)).isEqualTo(Bytes.zeros(8));
    }

    @Test
    void directTextIsAckedAlongTheKnownPathWithTheSixByteCompanionAck() {
        NodeHarness h = new NodeHarness(B);
        h.node.register(new FakeEndpoint(B, ReplyStyle.COMPANION).knowing(A.identity()));
        h.node.paths().put(A.identity(), Path.ofOneByteHashes(0xAA));
        h.node.start();

        h.hear(POST_ZERO_HOP);
        h.advance(Duration.ofSeconds(2));

        Packet ack = h.sent().get(0);
        assertThat(ack.route()).isEqualTo(RouteType.DIRECT);
        assertThat(ack.is(PayloadType.ACK)).isTrue();
        assertThat(ack.path()).isEqualTo(Path.ofOneByteHashes(0xAA));
        assertThat(ack.payload().size()).isEqualTo(6);
        assertThat(ack.payload().prefix(4)).isEqualTo(ACK);
    }

    @Test
    void directTextFromAPeerWithoutAKnownPathIsAckedByFlood() {
        NodeHarness h = new NodeHarness(B);
        h.node.register(new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity()));
        h.node.start();

        h.hear(POST_ZERO_HOP);
        h.advance(Duration.ofSeconds(2));

        assertThat(h.links.get(0).packets()).containsExactly(Bytes.fromHex("0D00712250F6"));
    }

    @Test
    void textFromAnUnknownSenderIsNotDecryptedNorAcked() {
        NodeHarness h = new NodeHarness(B);
        FakeEndpoint room = new FakeEndpoint(B, ReplyStyle.SERVER);
        h.node.register(room);
        h.node.start();

        h.hear(POST_FLOOD);
        h.advance(Duration.ofSeconds(2));

        assertThat(room.texts()).isEmpty();
        assertThat(h.links.get(0).transmissions()).isEmpty();
    }

    @Test
    void endpointThatDeclinesGetsNoAck() {
        NodeHarness h = new NodeHarness(B);
        FakeEndpoint room = new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity()).ackingTexts(false);
        h.node.register(room);
        h.node.start();

        h.hear(POST_FLOOD);
        h.advance(Duration.ofSeconds(2));

        assertThat(room.texts()).hasSize(1);
        assertThat(h.links.get(0).transmissions()).isEmpty();
    }

    @Test
    void floodRequestIsAnsweredWithAPathReturnCarryingTheResponse() {
        NodeHarness h = new NodeHarness(B);
        Bytes reply = Bytes.fromHex("F4F25365AABBCCDD");
        ResponseContent response = new ResponseContent(0x6553F2F4L, Bytes.fromHex("AABBCCDD"));
        FakeEndpoint room = new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity())
                .answeringRequests(m -> Optional.of(response));
        h.node.register(room);
        h.node.start();

        // spec §12.2 [8], REQ GET_STATUS A→B zero-hop, re-sent as a flood that passed repeater 0x77
        h.hear("010177" + "481EFBB8234DFE74CF031216BD80786684F16B12");
        h.advance(Duration.ofSeconds(2));

        assertThat(room.requests()).singleElement()
                .satisfies(m -> assertThat(m.plaintext().prefix(5)).isEqualTo(Bytes.fromHex("F4F2536501")));
        PathContent content = openPath(h.sent().get(0));
        assertThat(content.path()).isEqualTo(Path.ofOneByteHashes(0x77));
        assertThat(content.extraType()).contains(PayloadType.RESPONSE);
        assertThat(content.extra().prefix(reply.size())).isEqualTo(reply);
    }

    @Test
    void floodLoginIsOpenedWithTheKeyItCarriesAndAnsweredInAPathReturn() {
        NodeHarness h = new NodeHarness(B);
        Bytes loginOk = Bytes.fromHex("69F15365000000020102030401");
        ResponseContent loginResponse = new ResponseContent(0x6553F169L, Bytes.fromHex("000000020102030401"));
        FakeEndpoint room = new FakeEndpoint(B, ReplyStyle.SERVER).answeringAnonRequests(m -> Optional.of(loginResponse));
        h.node.register(room);
        h.node.start();

        // spec §12.2 [2], login ANON_REQ A→B after repeaters AA then BB
        h.hear("1D02AABB481EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C102CFFAA53A7DFCADF3CF1FA889209FDAE2EAC");
        h.advance(Duration.ofMillis(299));
        assertThat(h.links.get(0).transmissions()).isEmpty();
        h.advance(Duration.ofSeconds(2));

        assertThat(room.anonRequests()).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo(A.identity());
            assertThat(m.plaintext().prefix(13)).isEqualTo(Bytes.fromHex("64F153650000000068656C6C6F"));
        });
        PathContent content = openPath(h.sent().get(0));
        assertThat(content.path()).isEqualTo(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(content.extraType()).contains(PayloadType.RESPONSE);
        assertThat(content.extra().prefix(13)).isEqualTo(loginOk);
    }

    /** Opens a PATH that B sent to A. */
    static PathContent openPath(Packet packet) {
        try {
            PathPayload payload = (PathPayload) Payload.decode(packet);
            Bytes plain = PayloadCipher.macThenDecrypt(B.sharedSecret(A.identity()), payload.macAndCiphertext()).orElseThrow();
            return PathContent.decode(plain);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
