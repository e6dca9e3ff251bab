package org.meshbridge.bench;

import java.util.concurrent.TimeUnit;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.Payload;
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

/**
 * Ed25519 verification of the corpus adverts, one advert per operation, cycling through all of
 * them (each thread has its own cursor, so {@code -t 2} runs two verifiers side by side).
 *
 * <ul>
 *   <li>{@link #decodeAndVerify}: the receive path for an advert off the air: decode the packet and
 *       the advert, make an {@code Identity} from its key (decompressing the point) and verify
 *       the signature over key ‖ timestamp ‖ app data. meshcore-decoder's
 *       {@code decodeWithVerification} does the same work.
 *   <li>{@link #verify}: {@code Identity.of(key).verify(...)} on pre-decoded adverts, fresh key.
 *   <li>{@link #verifyKnownKey}: the same with the {@code Identity} kept (a contact already known:
 *       the decoded point is cached), the cheapest case.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdvertVerifyBenchmark {

    /** The adverts, loaded once and shared by all threads. */
    @State(Scope.Benchmark)
    public static class Adverts {
        CorpusSets.Advert[] adverts;
        Identity[] known;

        @Setup
        public void load() {
            adverts = CorpusSets.load().adverts().toArray(CorpusSets.Advert[]::new);
            known = new Identity[adverts.length];
            for (int i = 0; i < adverts.length; i++) {
                known[i] = Identity.of(adverts[i].payload().publicKey());
                known[i].isCurvePoint();
            }
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
    public boolean decodeAndVerify(Adverts a, Cursor c) throws MalformedFrameException {
        AdvertPayload advert = (AdvertPayload) Payload.decode(Packet.decode(a.adverts[c.next(a.adverts.length)].frame()));
        return Identity.of(advert.publicKey()).verify(advert.signedMessage(), advert.signature());
    }

    @Benchmark
    public boolean verify(Adverts a, Cursor c) {
        AdvertPayload advert = a.adverts[c.next(a.adverts.length)].payload();
        return Identity.of(advert.publicKey()).verify(advert.signedMessage(), advert.signature());
    }

    @Benchmark
    public boolean verifyKnownKey(Adverts a, Cursor c) {
        int i = c.next(a.adverts.length);
        AdvertPayload advert = a.adverts[i].payload();
        return a.known[i].verify(advert.signedMessage(), advert.signature());
    }
}
