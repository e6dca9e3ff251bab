package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/** The bounded ring of packet hashes. */
class SeenTableTest {

    @Test
    void keyIsTheEightByteFirmwareHash() {
        // spec §12.2 [5]: ACK B→A, packet hash 67D225F8382DD6C4
        assertThat(SeenTable.key(Bytes.fromHex("67D225F8382DD6C4"))).isEqualTo(0x67D225F8382DD6C4L);
    }

    @Test
    void holdsAtMostItsCapacityAndForgetsTheOldestFirst() {
        SeenTable table = new SeenTable(160);
        for (long k = 0; k < 161; k++) {
            assertThat(table.markIfNew(k)).isTrue();
        }
        assertThat(table.size()).isEqualTo(160);
        assertThat(table.contains(0)).isFalse();
        assertThat(table.contains(1)).isTrue();
        assertThat(table.contains(160)).isTrue();
    }

    @Test
    void aHashMarkedTwiceSurvivesTheEvictionOfItsFirstCopy() {
        SeenTable table = new SeenTable(160);
        table.markSeen(7);
        table.markSeen(7);
        for (long k = 100; k < 259; k++) {
            table.markSeen(k);
        }
        assertThat(table.contains(7)).isTrue();
        table.markSeen(999);
        assertThat(table.contains(7)).isFalse();
    }

    @Test
    void lookupsThatFindAHashCountDuplicates() {
        SeenTable table = new SeenTable(160);
        table.markSeen(1);
        assertThat(table.wasSeen(1)).isTrue();
        assertThat(table.wasSeen(2)).isFalse();
        assertThat(table.markIfNew(1)).isFalse();
        assertThat(table.duplicates()).isEqualTo(2);
    }
}
