package org.meshbridge.bench;

import java.util.concurrent.TimeUnit;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.Payload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding the whole corpus per operation; JMH divides by {@link Corpus#PACKET_COUNT}, so the
 * score is packets per second.
 *
 * <ul>
 *   <li>{@link #decode}: {@code Packet.decode} (header, transport codes, path, payload bytes) and
 *       {@code Payload.decode} on its type (the payload record's fields; nothing decrypted). The
 *       same depth as meshcore-decoder's {@code decode} without keys.
 *   <li>{@link #decodeAndOpen}: the same, and every GRP_TXT whose channel hash matches a corpus
 *       channel is MAC-checked, decrypted and parsed: what meshcore-decoder does with a key store.
 *   <li>{@link #framingOnly}: only {@code Packet.decode}, to show where decode time goes.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PacketDecodeBenchmark {

    private Bytes[] frames;
    private CorpusSets sets;

    @Setup
    public void load() {
        sets = CorpusSets.load();
        frames = sets.frames();
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.PACKET_COUNT)
    public void decode(Blackhole bh) throws MalformedFrameException {
        for (Bytes frame : frames) {
            bh.consume(Payload.decode(Packet.decode(frame)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.PACKET_COUNT)
    public void decodeAndOpen(Blackhole bh) throws MalformedFrameException {
        for (Bytes frame : frames) {
            Payload payload = Payload.decode(Packet.decode(frame));
            bh.consume(payload);
            sets.open(payload).ifPresent(bh::consume);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.PACKET_COUNT)
    public void framingOnly(Blackhole bh) throws MalformedFrameException {
        for (Bytes frame : frames) {
            bh.consume(Packet.decode(frame));
        }
    }
}
