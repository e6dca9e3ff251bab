package org.meshbridge.server.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Vectors;

/**
 * Whatever comes off the air, decode either describes it completely (both renderings work) or
 * refuses it with the typed error, which the command turns into exit 2; never another exception,
 * which would be exit 1.
 */
class PacketDescriberFuzzTest {

    private static final PacketDescriber DESCRIBER = new PacketDescriber(
            List.of(NamedChannel.parse("#bot", 1)), List.of(NamedRegion.parse("ottawa")));

    @Property
    void randomBytesAreDescribedOrRefusedWithTheTypedError(@ForAll("frames") byte[] frame) {
        describeOrRefuse(Bytes.of(frame));
    }

    @Property
    void mutatedVectorsAreDescribedOrRefusedWithTheTypedError(@ForAll("mutations") byte[] frame) {
        describeOrRefuse(Bytes.of(frame));
    }

    private static void describeOrRefuse(Bytes frame) {
        Report report;
        try {
            report = DESCRIBER.describe(frame);
        } catch (MalformedFrameException refused) {
            assertThat(refused.reason()).isNotNull();
            return;
        }
        assertThat(ReportText.render(report)).isNotEmpty();
        assertThat(ReportJson.render(report)).startsWith("{").endsWith("}");
    }

    @Provide
    Arbitrary<byte[]> frames() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(260);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        List<Bytes> vectors = Vectors.validPackets();
        return Arbitraries.integers().between(0, vectors.size() - 1).flatMap(i -> {
            byte[] vector = vectors.get(i).toArray();
            return Arbitraries.integers().between(0, vector.length - 1)
                    .tuple2()
                    .flatMap(positions -> Arbitraries.bytes().tuple2().map(values -> mutate(vector, positions, values)));
        });
    }

    private static byte[] mutate(byte[] vector, Tuple.Tuple2<Integer, Integer> positions, Tuple.Tuple2<Byte, Byte> values) {
        byte[] copy = vector.clone();
        copy[positions.get1()] = values.get1();
        copy[positions.get2()] ^= values.get2();
        return copy;
    }
}
