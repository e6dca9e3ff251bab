package org.meshbridge.protocol.kiss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/** Fuzzing and stream properties; jqwik prints the seed of a failing run for replay. */
class KissFrameProperties {

    @Property
    void arbitraryBytesEitherFailTypedOrReencodeIdentically(@ForAll @Size(max = 600) byte[] input) {
        assertDecodesOrFailsTyped(Bytes.of(input));
    }

    @Property
    void mutationsOfEveryVectorEitherFailTypedOrReencodeIdentically(
            @ForAll("vectors") Bytes vector, @ForAll @IntRange(min = 0, max = 600) int position,
            @ForAll byte value, @ForAll("edits") int edit) {
        byte[] b = vector.toArray();
        int at = Math.min(position, b.length);
        Bytes mutated = switch (edit) {
            case 0 -> at < b.length ? replace(b, at, value) : vector;
            case 1 -> vector.prefix(at).concat(Bytes.of(value)).concat(vector.slice(at, b.length));
            default -> vector.prefix(at).concat(vector.slice(Math.min(at + 1, b.length), b.length));
        };
        assertDecodesOrFailsTyped(mutated);
    }

    @Property
    void arbitraryStreamsInArbitraryChunksNeverThrowAndStayBounded(
            @ForAll("streams") byte[] stream, @ForAll("chunkSizes") List<Integer> chunkSizes) {
        RecordingKissListener listener = new RecordingKissListener();
        KissDeframer deframer = new KissDeframer(listener);
        feedInChunks(deframer, stream, chunkSizes);
        assertThat(deframer.bufferedBytes()).isBetween(0, 512);
        for (KissFrame frame : listener.frames) {
            assertThat(frame.unescaped().size()).isBetween(1, 512);
        }
    }

    @Property
    void encodedDataFramesDeframeToThemselves(
            @ForAll("packetLists") List<Bytes> packets, @ForAll("chunkSizes") List<Integer> chunkSizes) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (Bytes packet : packets) {
            wire.writeBytes(KissEncoder.encode(new DataFrame(packet)).toArray());
        }
        RecordingKissListener listener = new RecordingKissListener();
        KissDeframer deframer = new KissDeframer(listener);
        feedInChunks(deframer, wire.toByteArray(), chunkSizes);
        assertThat(listener.frames).containsExactlyElementsOf(packets.stream().map(DataFrame::new).toList());
        assertThat(listener.drops).isEmpty();
    }

    @Property
    void everyVectorSurvivesEncodeAndDeframe(@ForAll("vectors") Bytes vector) throws Exception {
        KissFrame frame = KissFrame.decode(vector);
        RecordingKissListener listener = new RecordingKissListener();
        new KissDeframer(listener).feed(KissEncoder.encode(frame));
        assertThat(listener.frames).containsExactly(frame);
    }

    static void assertDecodesOrFailsTyped(Bytes input) {
        KissFrame frame;
        try {
            frame = KissFrame.decode(input);
        } catch (MalformedFrameException e) {
            return; // the one allowed failure
        }
        assertThat(frame.unescaped()).isEqualTo(input);
    }

    static Bytes replace(byte[] b, int at, byte value) {
        byte[] copy = b.clone();
        copy[at] = value;
        return Bytes.of(copy);
    }

    static void feedInChunks(KissDeframer deframer, byte[] stream, List<Integer> chunkSizes) {
        int offset = 0;
        int i = 0;
        while (offset < stream.length) {
            int size = Math.min(chunkSizes.get(i++ % chunkSizes.size()), stream.length - offset);
            deframer.feed(stream, offset, size);
            offset += size;
            assertThat(deframer.bufferedBytes()).isBetween(0, 512);
        }
    }

    @Provide
    Arbitrary<Bytes> vectors() {
        Stream<Object> rows = KissFrameTest.frames().map(a -> a.get()[1]);
        return Arbitraries.of(rows.map(hex -> Bytes.fromHex((String) hex)).toList());
    }

    @Provide
    Arbitrary<Integer> edits() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 700).list().ofMinSize(1).ofMaxSize(20);
    }

    /** Random bytes, biased towards the framing bytes so that frames and escapes actually occur. */
    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<Byte> framing = Arbitraries.of((byte) 0xC0, (byte) 0xDB, (byte) 0xDC, (byte) 0xDD, (byte) 0x00, (byte) 0x06);
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> mixed = Arbitraries.frequencyOf(
                Tuple.of(1, framing), Tuple.of(3, any));
        return mixed.list().ofMaxSize(3000).map(list -> {
            byte[] out = new byte[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i);
            }
            return out;
        });
    }

    @Provide
    Arbitrary<List<Bytes>> packetLists() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(255)
                .map(Bytes::of).list().ofMaxSize(8);
    }
}
