package org.meshbridge.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

class PacketPropertiesTest {

    @Provide
    Arbitrary<Bytes> randomFrames() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(Bytes::of);
    }

    @Provide
    Arbitrary<Bytes> mutatedVectors() {
        return Mutations.of(Vectors.validPackets());
    }

    @Property
    void randomBytesEitherFailTypedOrReEncodeIdentically(@ForAll("randomFrames") Bytes frame) {
        assertDecodesExactlyOrFailsTyped(frame);
    }

    @Property
    void mutatedVectorsEitherFailTypedOrReEncodeIdentically(@ForAll("mutatedVectors") Bytes frame) {
        assertDecodesExactlyOrFailsTyped(frame);
    }

    @Property
    void hashIsStableAcrossPathChanges(@ForAll("mutatedVectors") Bytes frame) {
        try {
            Packet p = Packet.decode(frame);
            if (!p.is(PayloadType.TRACE)) {
                assertThat(p.withPath(Path.ofOneByteHashes(1, 2, 3)).hash()).isEqualTo(p.hash());
            }
        } catch (MalformedFrameException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    static void assertDecodesExactlyOrFailsTyped(Bytes frame) {
        try {
            assertThat(Packet.decode(frame).encode()).isEqualTo(frame);
        } catch (MalformedFrameException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }
}
