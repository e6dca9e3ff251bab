package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.packet.TransportCodes;

/**
 * The attribution rule over random packets and random sets of known keys (jqwik prints the seed
 * and shrinks on failure): only a flood's last hop names a transmitter, that hop is what the
 * firmware's repeater appended, and a hash credits a key exactly when no other candidate shares it.
 */
class LastHopProperties {

    @Property(tries = 500)
    void onlyAFloodsLastHopNamesItsTransmitter(@ForAll RouteType route, @ForAll @IntRange(min = 0, max = 15) int type,
                                               @ForAll @IntRange(min = 1, max = 3) int hashSize,
                                               @ForAll @IntRange(min = 0, max = 21) int hops, @ForAll long seed) {
        Packet packet = packet(route, type, randomPath(hashSize, hops, new Random(seed)));
        Optional<Bytes> hash = LastHop.transmitterHash(packet);

        boolean named = route.isFlood() && hops > 0 && type != PayloadType.TRACE.code();
        assertThat(hash.isPresent()).as("%s type %d with %d hops", route, type, hops).isEqualTo(named);
        hash.ifPresent(h -> assertThat(h).isEqualTo(packet.path().hop(hops - 1)).extracting(Bytes::size).isEqualTo(hashSize));
    }

    @Property(tries = 300)
    void theHashARepeaterAppendsIsTheTransmitterHeard(@ForAll @IntRange(min = 0, max = 15) int type,
                                                      @ForAll @IntRange(min = 1, max = 3) int hashSize,
                                                      @ForAll @IntRange(min = 0, max = 20) int hops, @ForAll long seed) {
        Random random = new Random(seed);
        Path before = randomPath(hashSize, hops, random);
        Bytes own = randomBytes(hashSize, random);
        Packet relayed = packet(RouteType.FLOOD, type, before.withHopAppended(own));
        if (type != PayloadType.TRACE.code()) {
            assertThat(LastHop.transmitterHash(relayed)).contains(own);
        }
        assertThat(LastHop.transmitterHash(packet(RouteType.DIRECT, type, before.withHopAppended(own))))
                .as("a direct path is the hops still to go").isEmpty();
    }

    @Property(tries = 500)
    void aHashCreditsAKeyOnlyWhenNoOtherCandidateShares(@ForAll("ids") List<String> ids,
                                                        @ForAll @IntRange(min = 1, max = 3) int hashSize,
                                                        @ForAll @IntRange(min = 0, max = 40) int pick, @ForAll long seed) {
        Bytes hash = pick < ids.size() ? Bytes.fromHex(ids.get(pick).substring(0, 2 * hashSize))
                : randomBytes(hashSize, new Random(seed));
        Set<String> sharing = new HashSet<>();
        for (String id : ids) {
            if (id.startsWith(hash.hex())) {
                sharing.add(id);
            }
        }
        Optional<String> credited = LastHop.unique(hash, ids);

        if (sharing.size() == 1) {
            assertThat(credited).contains(sharing.iterator().next());
        } else {
            assertThat(credited).as("%d keys share %s", sharing.size(), hash.hex()).isEmpty();
        }
        List<String> shuffledUpper = new ArrayList<>();
        ids.forEach(id -> shuffledUpper.add(id.toUpperCase(Locale.ROOT)));
        Collections.shuffle(shuffledUpper, new Random(seed));
        assertThat(LastHop.unique(hash, shuffledUpper)).as("order and case do not matter").isEqualTo(credited);
        List<String> twice = new ArrayList<>(ids);
        twice.addAll(ids);
        assertThat(LastHop.unique(hash, twice)).as("a key listed twice is one key").isEqualTo(credited);
    }

    /** Keys whose first bytes come from a small set, so that 1- and 2-byte collisions are common. */
    @Provide
    Arbitrary<List<String>> ids() {
        Arbitrary<String> id = Arbitraries.integers().between(0, 5).flatMap(first -> Arbitraries.integers().between(0, 3)
                .flatMap(second -> Arbitraries.strings().withChars("0123456789abcdef").ofLength(60)
                        .map(rest -> String.format("%02x%02x", first * 37, second) + rest)));
        return id.list().ofMinSize(0).ofMaxSize(12);
    }

    private static Packet packet(RouteType route, int type, Path path) {
        Optional<TransportCodes> codes = route.hasTransportCodes() ? Optional.of(new TransportCodes(1, 2)) : Optional.empty();
        return new Packet(route, type, 0, codes, path, Bytes.of(new byte[] {1, 2, 3}));
    }

    private static Path randomPath(int hashSize, int hops, Random random) {
        return new Path(hashSize, randomBytes(hashSize * hops, random));
    }

    private static Bytes randomBytes(int n, Random random) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Bytes.of(b);
    }
}
