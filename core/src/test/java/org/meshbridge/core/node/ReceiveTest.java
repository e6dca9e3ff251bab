package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.payload.GroupTextContent;

/** The receive path: decode, duplicate suppression across links and paths, own echoes, and no forwarding by default. */
class ReceiveTest {

    /** Spec §12.2 [7]: GRP_TXT on Public, "Alice: hi". */
    static final String PUBLIC_HI = "1500112A34D8E13779CE7668329339679EE383641C";
    /** The same payload after repeaters 0x55 and 0x66. */
    static final String PUBLIC_HI_TWO_HOPS = "15025566112A34D8E13779CE7668329339679EE383641C";

    @Test
    void packetHeardOnTwoLinksIsProcessedOnce() {
        NodeHarness h = new NodeHarness(B, NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE), 2, 1);
        FakeEndpoint room = new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity());
        h.node.register(room);
        h.node.start();

        h.hear(0, Bytes.fromHex(DirectMessageTest.POST_FLOOD));
        h.hear(1, Bytes.fromHex(DirectMessageTest.POST_FLOOD));
        h.advance(Duration.ofSeconds(2));

        assertThat(room.texts()).hasSize(1);
        assertThat(h.events.received()).extracting(ReceivedPacket::duplicate).containsExactly(false, true);
        assertThat(h.node.stats().duplicates()).isEqualTo(1);
        assertThat(h.links.get(0).packets()).as("the ACK goes back on the link the post was processed from").hasSize(1);
        assertThat(h.links.get(1).packets()).isEmpty();
    }

    @Test
    void packetHeardViaTwoPathsIsProcessedOnce() {
        NodeHarness h = new NodeHarness(B);
        FakeEndpoint listener = new FakeEndpoint(B, ReplyStyle.COMPANION).onChannel(ChannelKey.PUBLIC);
        h.node.register(listener);
        h.node.start();

        h.hear(PUBLIC_HI);
        h.hear(PUBLIC_HI_TWO_HOPS);

        assertThat(listener.groupMessages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelKey.PUBLIC);
            assertThat(m.plaintext().slice(5, 14).utf8()).isEqualTo("Alice: hi");
        });
        assertThat(h.node.stats().duplicates()).isEqualTo(1);
        assertThat(h.node.stats().processed()).isEqualTo(1);
    }

    @Test
    void ownTransmissionHeardBackIsIgnored() {
        NodeHarness h = new NodeHarness(A);
        FakeEndpoint alice = new FakeEndpoint(A, ReplyStyle.COMPANION).knowing(B.identity()).onChannel(ChannelKey.PUBLIC);
        h.node.register(alice);
        h.node.start();

        h.node.sendGroupText(ChannelKey.PUBLIC, GroupTextContent.of(0x6553F290L, "Alice", "hi"), TrafficOrigin.LOCAL);
        h.advance(Duration.ofSeconds(1));
        Bytes echo = h.links.get(0).packets().get(0);
        h.hear(0, echo);

        assertThat(alice.groupMessages()).isEmpty();
        assertThat(h.events.received()).singleElement().satisfies(r -> assertThat(r.duplicate()).isTrue());
        assertThat(h.node.stats().processed()).isZero();
    }

    @Test
    void nodeDoesNotForwardByDefault() {
        NodeHarness h = new NodeHarness(NodeHarness.C);
        h.node.start();

        h.hear(PUBLIC_HI);
        h.hear("0A02" + "5566" + "481E9C93514FABCFA4A66821C0F59544EC954529");
        h.advance(Duration.ofMinutes(1));

        assertThat(h.links.get(0).transmissions()).isEmpty();
        assertThat(h.node.stats().forwarded()).isZero();
    }

    @Test
    void malformedFramesAreDroppedAndCountedByReason() {
        NodeHarness h = new NodeHarness(B);
        h.node.start();

        h.hear("55001122");           // payload version 1
        h.hear("15C0112233");         // path hash mode 3
        h.hear("15421122");           // two 2-byte hashes announced, one there
        h.hear("0D00112233");         // ACK of 3 bytes
        h.hear(PUBLIC_HI);            // still decodes afterwards

        assertThat(h.node.stats().malformed()).containsEntry(Reason.UNSUPPORTED_VERSION, 1L)
                .containsEntry(Reason.RESERVED_BITS, 1L).containsEntry(Reason.TRUNCATED, 2L);
        assertThat(h.node.stats().malformedTotal()).isEqualTo(4);
        assertThat(h.node.stats().framesReceived()).isEqualTo(5);
        assertThat(h.events.received()).hasSize(2);
    }

    @Test
    void unknownPayloadTypesAreDroppedAndNeverForwarded() {
        NodeHarness h = new NodeHarness(NodeHarness.C,
                NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withForwarding(ForwardingConfig.REPEATER), 1, 1);
        h.node.start();

        h.hear("3100AABBCCDD");       // type 0x0C, reserved
        h.advance(Duration.ofMinutes(1));

        assertThat(h.links.get(0).transmissions()).isEmpty();
        assertThat(h.node.stats().dropped()).isEqualTo(1);
    }
}
