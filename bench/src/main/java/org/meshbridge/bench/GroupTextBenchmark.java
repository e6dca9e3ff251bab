package org.meshbridge.bench;

import java.util.concurrent.TimeUnit;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Channel messages, one per operation, cycling through the corpus GRP_TXTs that a corpus channel
 * opens.
 *
 * <ul>
 *   <li>{@link #decrypt}: from a decoded GRP_TXT payload: the channel keys with its hash are tried
 *       until one's MAC verifies ({@code PayloadCipher.macThenDecrypt}), then the plaintext is
 *       parsed ({@code GroupTextContent}) and sender and message are read as strings. The same
 *       work as meshcore-decoder's {@code ChannelCrypto.decryptGroupTextMessage}.
 *   <li>{@link #encrypt}: the sending side: {@code GroupTextContent.of(ts, sender, text)}, its
 *       plaintext encrypt-then-MAC'd with the channel key (its hash known, as a sender
 *       keeps it), and the bytes of the flood packet carrying it.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GroupTextBenchmark {

    /** The group texts and their plaintexts, loaded once and shared by all threads. */
    @State(Scope.Benchmark)
    public static class Messages {
        CorpusSets sets;
        CorpusSets.GroupText[] texts;

        @Setup
        public void load() {
            sets = CorpusSets.load();
            texts = sets.groupTexts().toArray(CorpusSets.GroupText[]::new);
        }
    }

    /** One cursor per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public void decrypt(Messages m, Cursor c, Blackhole bh) {
        GroupTextContent content = m.sets.open(m.texts[c.next(m.texts.length)].payload()).orElseThrow();
        bh.consume(content.timestamp());
        bh.consume(content.sender());
        bh.consume(content.message());
    }

    @Benchmark
    public Bytes encrypt(Messages m, Cursor c) {
        CorpusSets.GroupText text = m.texts[c.next(m.texts.length)];
        GroupTextContent content = GroupTextContent.of(text.content().timestamp(),
                text.content().sender().orElse(""), text.content().message());
        Bytes body = PayloadCipher.encryptThenMac(text.channel().secret(), content.encode());
        return new GroupTextPayload(text.channelHash(), body).toFlood().encode();
    }
}
