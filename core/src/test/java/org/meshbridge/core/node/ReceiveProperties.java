package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;

/** Untrusted frames: whatever a radio delivers, the node never throws, and every frame is accounted for. */
class ReceiveProperties {

    private static final List<String> VECTORS = List.of(DirectMessageTest.POST_FLOOD, ReceiveTest.PUBLIC_HI,
            AdvertTest.ROOM_ADVERT, "0E022155712250F60001", "2600A24D89BD00000000002155", "2A0003712250F6",
            "2102BBAA1E489B6E9E8620F8D1C1E6E5901F511CAE5AAFDBB826EB7A23C75F52C6A3828EE57C1035");

    @Property(tries = 300)
    void anyFramesAreDecodedOrCountedAndNeverThrow(@ForAll("frames") List<byte[]> frames) {
        NodeHarness h = new NodeHarness(NodeHarness.C,
                NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withForwarding(ForwardingConfig.REPEATER), 1, 5);
        h.node.register(new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity()).onChannel(ChannelKey.PUBLIC));
        h.node.register(new FakeEndpoint(A, ReplyStyle.COMPANION).knowing(B.identity()));
        h.node.start();

        for (byte[] frame : frames) {
            h.hear(0, Bytes.of(frame));
        }
        h.advance(Duration.ofMinutes(2));

        NodeStats stats = h.node.stats();
        assertThat(stats.framesReceived()).isEqualTo(frames.size());
        assertThat(h.events.received().size() + stats.malformedTotal()).isGreaterThanOrEqualTo(frames.size());
        assertThat(stats.seenEntries()).isLessThanOrEqualTo(stats.seenCapacity());
    }

    @Provide
    Arbitrary<List<byte[]>> frames() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(260);
        Arbitrary<byte[]> mutated = Arbitraries.of(VECTORS).flatMap(hex -> {
            byte[] base = Bytes.fromHex(hex).toArray();
            return Arbitraries.integers().between(0, base.length - 1).tuple2().map(t -> {
                byte[] copy = base.clone();
                copy[t.get1()] ^= (byte) (1 << (t.get2() % 8));
                return t.get2() % 5 == 0 ? java.util.Arrays.copyOf(copy, t.get1()) : copy;
            });
        });
        return Arbitraries.oneOf(random, mutated, Arbitraries.of(VECTORS).map(hex -> Bytes.fromHex(hex).toArray()))
                .list().ofMaxSize(20);
    }
}
