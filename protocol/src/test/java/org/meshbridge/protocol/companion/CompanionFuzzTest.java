package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * Random bytes and mutations of every sample frame into both decoders and both deframers: only
 * MalformedFrameException, and whatever is accepted re-encodes to the same bytes.
 */
class CompanionFuzzTest {

    @Property
    void randomCommandFramesDecodeOnlyToTheTypedErrorOrReencodeIdentically(@ForAll @Size(max = 200) byte[] frame) {
        assertCommandRoundTrip(Bytes.of(frame));
    }

    @Property
    void randomReplyFramesDecodeOnlyToTheTypedErrorOrReencodeIdentically(@ForAll @Size(max = 200) byte[] frame) {
        assertReplyRoundTrip(Bytes.of(frame));
    }

    @Property
    void mutatedCommandFramesDecodeOnlyToTheTypedErrorOrReencodeIdentically(@ForAll("mutatedCommands") Bytes frame) {
        assertCommandRoundTrip(frame);
    }

    @Property
    void mutatedReplyFramesDecodeOnlyToTheTypedErrorOrReencodeIdentically(@ForAll("mutatedReplies") Bytes frame) {
        assertReplyRoundTrip(frame);
    }

    @Property
    void codeBytesWithRandomBodiesStayTyped(@ForAll("codeAndBody") Bytes frame) {
        assertCommandRoundTrip(frame);
        assertReplyRoundTrip(frame);
    }

    @Property
    void deframersSurviveArbitraryBytesWithBoundedFrames(@ForAll @Size(max = 600) byte[] stream) {
        for (CompanionFrameDeframer d : List.of(CompanionFrameDeframer.deviceEnd(), CompanionFrameDeframer.appEnd())) {
            for (Bytes frame : d.feed(Bytes.of(stream))) {
                assertThat(frame.size()).isBetween(1, CompanionConstants.MAX_FRAME_SIZE);
            }
        }
    }

    @Property
    void anyChunkingOfAValidStreamYieldsTheSameFrames(@ForAll("chunkCuts") List<Integer> cuts) {
        List<Bytes> commands = new ArrayList<>();
        Bytes commandStream = Bytes.EMPTY;
        for (CompanionCommand c : CompanionSamples.commands()) {
            commands.add(c.encode());
            commandStream = commandStream.concat(CompanionFrameWriter.frame(c));
        }
        List<Bytes> replies = new ArrayList<>();
        Bytes replyStream = Bytes.fromHex("00 3E 00 00 17");
        for (CompanionReply r : CompanionSamples.replies()) {
            replies.add(r.encode());
            replyStream = replyStream.concat(CompanionFrameWriter.frame(r));
        }
        assertThat(feedInChunks(CompanionFrameDeframer.deviceEnd(), commandStream, cuts)).isEqualTo(commands);
        assertThat(feedInChunks(CompanionFrameDeframer.appEnd(), replyStream, cuts)).isEqualTo(replies);
    }

    private static List<Bytes> feedInChunks(CompanionFrameDeframer d, Bytes stream, List<Integer> cuts) {
        List<Bytes> out = new ArrayList<>();
        int pos = 0;
        for (int cut : cuts) {
            int end = Math.min(stream.size(), pos + cut);
            d.feed(stream.slice(pos, end), out::add);
            pos = end;
        }
        d.feed(stream.slice(pos, stream.size()), out::add);
        return out;
    }

    @Provide
    Arbitrary<List<Integer>> chunkCuts() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(400);
    }

    @Provide
    Arbitrary<Bytes> mutatedCommands() {
        return mutations(CompanionSamples.commands().stream().map(CompanionCommand::encode).toList());
    }

    @Provide
    Arbitrary<Bytes> mutatedReplies() {
        return mutations(CompanionSamples.replies().stream().map(CompanionReply::encode).toList());
    }

    @Provide
    Arbitrary<Bytes> codeAndBody() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.bytes().array(byte[].class).ofMaxSize(180))
                .as((code, body) -> Bytes.of((byte) (int) code).concat(Bytes.of(body)));
    }

    private static Arbitrary<Bytes> mutations(List<Bytes> seeds) {
        Arbitrary<Bytes> seed = Arbitraries.of(seeds);
        return Combinators.combine(seed, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1000),
                Arbitraries.bytes()).as(CompanionFuzzTest::mutate);
    }

    private static Bytes mutate(Bytes frame, int kind, int where, byte value) {
        int at = frame.isEmpty() ? 0 : where % frame.size();
        switch (kind) {
            case 0: { // replace one byte
                byte[] b = frame.toArray();
                b[at] = value;
                return Bytes.of(b);
            }
            case 1: // truncate
                return frame.prefix(at);
            case 2: // insert one byte
                return frame.prefix(at).concat(Bytes.of(value)).concat(frame.slice(at, frame.size()));
            default: // append
                return frame.concat(Bytes.of(value));
        }
    }

    private static void assertCommandRoundTrip(Bytes frame) {
        CompanionCommand decoded;
        try {
            decoded = CompanionCommand.decode(frame);
        } catch (MalformedFrameException e) {
            return;
        }
        assertThat(decoded.encode()).isEqualTo(frame);
    }

    private static void assertReplyRoundTrip(Bytes frame) {
        CompanionReply decoded;
        try {
            decoded = CompanionReply.decode(frame);
        } catch (MalformedFrameException e) {
            return;
        }
        assertThat(decoded.encode()).isEqualTo(frame);
    }
}
