package org.meshbridge.protocol.packet;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Mutations of real vectors for property tests: flipped bytes, truncation and extension. Shared
 * with other modules through the protocol test-jar.
 */
public final class Mutations {

    private Mutations() {
    }

    /** The seeds themselves plus single and double byte changes, truncations and extensions. */
    public static Arbitrary<Bytes> of(List<Bytes> seeds) {
        Arbitrary<Bytes> seed = Arbitraries.of(seeds);
        return Arbitraries.oneOf(seed, flipped(seed), flipped(flipped(seed)), truncated(seed), extended(seed));
    }

    static Arbitrary<Bytes> flipped(Arbitrary<Bytes> seed) {
        return Combinators.combine(seed, Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(1, 255))
                .as((b, pos, xor) -> {
                    if (b.isEmpty()) {
                        return b;
                    }
                    byte[] a = b.toArray();
                    int i = pos % a.length;
                    a[i] = (byte) (a[i] ^ xor);
                    return Bytes.of(a);
                });
    }

    static Arbitrary<Bytes> truncated(Arbitrary<Bytes> seed) {
        return Combinators.combine(seed, Arbitraries.integers().between(0, 1000))
                .as((b, cut) -> b.prefix(b.isEmpty() ? 0 : cut % b.size()));
    }

    static Arbitrary<Bytes> extended(Arbitrary<Bytes> seed) {
        return Combinators.combine(seed, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(80))
                .as((b, extra) -> b.concat(Bytes.of(extra)));
    }
}
