package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.NodeType;

/** The contact book's bound, eviction and replay rules. */
class ContactBookTest {

    private static LocalIdentity node(int n) {
        byte[] seed = new byte[32];
        seed[0] = (byte) n;
        seed[1] = 1;
        return LocalIdentity.fromSeed(Bytes.of(seed));
    }

    private static Arrival at(long second) {
        return new Arrival("l0", RouteType.FLOOD, Path.EMPTY, Optional.empty(), Optional.of(new SignalReport(0, -90)), Instant.ofEpochSecond(second));
    }

    private static AdvertAppData named(String name) {
        return AdvertAppData.of(NodeType.CHAT, name, Optional.empty());
    }

    @Test
    void whenFullTheContactHeardLeastRecentlyIsEvicted() {
        ContactBook book = new ContactBook(2);
        book.apply(AdvertPayload.sign(node(1), 10, named("one")), at(1));
        book.apply(AdvertPayload.sign(node(2), 10, named("two")), at(2));
        book.apply(AdvertPayload.sign(node(1), 11, named("one")), at(3));
        book.apply(AdvertPayload.sign(node(3), 10, named("three")), at(4));

        assertThat(book.all()).extracting(Contact::name).containsExactly("one", "three");
        assertThat(book.size()).isEqualTo(2);
    }

    @Test
    void advertsWithoutANameAreIgnored() {
        ContactBook book = new ContactBook(2);
        assertThat(book.apply(AdvertPayload.sign(node(1), 10, named("")), at(1))).isEmpty();
    }

    @Test
    void replayedTimestampDoesNotRefreshAContact() {
        ContactBook book = new ContactBook(2);
        book.apply(AdvertPayload.sign(node(1), 10, named("one")), at(1));
        assertThat(book.apply(AdvertPayload.sign(node(1), 10, named("one")), at(5))).isEmpty();
        assertThat(book.get(node(1).identity()).orElseThrow().lastHeard()).isEqualTo(Instant.ofEpochSecond(1));
    }
}
