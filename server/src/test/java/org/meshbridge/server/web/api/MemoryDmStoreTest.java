package org.meshbridge.server.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The in-memory direct messages keep the same bounds, order and unread counts as the database's. */
class MemoryDmStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String BOB = "ae".repeat(32);
    private static final String CAROL = "c0".repeat(32);

    private static DmStore.StoredDm incoming(long id, String from) {
        return new DmStore.StoredDm(id, from, DmStore.Direction.IN, "in " + id, NOW, OptionalLong.of(id),
                DmStore.State.RECEIVED, 1, Optional.empty(), OptionalInt.empty());
    }

    @Test
    void eachConversationAndEachAccountKeepOnlyTheirNewest() {
        MemoryDmStore store = new MemoryDmStore(new DmStore.Bounds(3, 5));
        for (long id = 1; id <= 4; id++) {
            store.add("alice", incoming(id, BOB));
        }
        assertThat(store.page("alice", BOB, Long.MAX_VALUE, 10)).extracting(DmStore.StoredDm::id).containsExactly(4L, 3L, 2L);
        for (long id = 5; id <= 7; id++) {
            store.add("alice", DmStore.StoredDm.outgoing(id, CAROL, "out " + id, NOW));
        }
        assertThat(store.page("alice", BOB, Long.MAX_VALUE, 10)).extracting(DmStore.StoredDm::id).containsExactly(4L, 3L);
        assertThat(store.page("alice", CAROL, 7, 10)).extracting(DmStore.StoredDm::id).containsExactly(6L, 5L);
        assertThat(store.conversations("alice")).extracting(h -> h.last().id(), DmStore.Head::unread)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 0), org.assertj.core.groups.Tuple.tuple(4L, 2));
        store.markRead("alice", BOB);
        assertThat(store.conversations("alice")).extracting(DmStore.Head::unread).containsExactly(0, 0);
    }

    @Test
    void anIncomingMessageAlreadyKeptIsNotKeptAgainButTheSameTextSentTwiceIs() {
        MemoryDmStore store = new MemoryDmStore();
        assertThat(store.add("alice", incoming(1, BOB))).isCompletedWithValue(true);
        assertThat(store.add("alice", new DmStore.StoredDm(2, BOB, DmStore.Direction.IN, "in 1", NOW.plusSeconds(9),
                OptionalLong.of(1), DmStore.State.RECEIVED, 1, Optional.empty(), OptionalInt.empty()))).isCompletedWithValue(false);
        assertThat(store.add("alice", DmStore.StoredDm.outgoing(3, BOB, "same", NOW))).isCompletedWithValue(true);
        assertThat(store.add("alice", DmStore.StoredDm.outgoing(4, BOB, "same", NOW))).isCompletedWithValue(true);
        assertThat(store.page("alice", BOB, Long.MAX_VALUE, 10)).extracting(DmStore.StoredDm::id).containsExactly(4L, 3L, 1L);
    }

    @Test
    void recoveryFailsWhatIsPendingAndReportsTheHighestId() {
        MemoryDmStore store = new MemoryDmStore();
        assertThat(store.recover(NOW)).isZero();
        store.add("alice", DmStore.StoredDm.outgoing(3, BOB, "waiting", NOW));
        store.add("bob", DmStore.StoredDm.outgoing(9, CAROL, "acked", NOW));
        store.updateDelivery("bob", 9, DmStore.State.DELIVERED, 1, NOW);
        assertThat(store.recover(NOW)).isEqualTo(9);
        assertThat(store.page("alice", BOB, Long.MAX_VALUE, 1).get(0).state()).isEqualTo(DmStore.State.FAILED);
        assertThat(store.page("bob", CAROL, Long.MAX_VALUE, 1).get(0).state()).isEqualTo(DmStore.State.DELIVERED);
    }

    @Test
    void boundsKeepAtLeastOneMessageAndNoFewerPerAccountThanPerConversation() {
        assertThatThrownBy(() -> new DmStore.Bounds(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DmStore.Bounds(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
