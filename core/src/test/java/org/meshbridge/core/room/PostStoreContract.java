package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * What every {@link PostStore} must do. Adapters' tests extend this (shared through the core
 * test-jar) and supply a fresh, empty store.
 */
public abstract class PostStoreContract {

    protected static final Bytes ALICE = Bytes.fromHex("1ec77175b0918ed206f9ae04ec136d6d5d4315bb26305427f645b492e9350c10");

    /** A fresh, empty store. */
    protected abstract PostStore store();

    protected static PostDraft draft(String room, long timestamp, String text) {
        return new PostDraft(room, timestamp, Optional.of(ALICE), "alice", PostOrigin.RF, text);
    }

    protected static Post appendNow(PostStore store, PostDraft draft) throws Exception {
        return store.append(draft).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void appendedPostsComeBackWithEveryField() throws Exception {
        PostStore store = store();
        PostDraft d = new PostDraft("lobby", 1_700_000_300L, Optional.of(ALICE), "alice", PostOrigin.RF, "Hi from C ☁️");
        Post stored = appendNow(store, d);
        assertThat(stored.id()).isPositive();
        assertThat(store.latest("lobby", 10)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(stored.id());
            assertThat(p.room()).isEqualTo("lobby");
            assertThat(p.timestamp()).isEqualTo(1_700_000_300L);
            assertThat(p.authorKey()).contains(ALICE);
            assertThat(p.authorName()).isEqualTo("alice");
            assertThat(p.origin()).isEqualTo(PostOrigin.RF);
            assertThat(p.text()).isEqualTo("Hi from C ☁️");
        });
    }

    @Test
    void channelPostsHaveNoAuthorKey() throws Exception {
        PostStore store = store();
        appendNow(store, new PostDraft("public", 10, Optional.empty(), "🌲 Tree", PostOrigin.CHANNEL, "☁️"));
        assertThat(store.latest("public", 1).get(0).authorKey()).isEmpty();
    }

    @Test
    void afterIsOldestFirstAndExclusive() throws Exception {
        PostStore store = store();
        for (long ts = 100; ts < 110; ts++) {
            appendNow(store, draft("lobby", ts, "post " + ts));
        }
        appendNow(store, draft("other", 105, "elsewhere"));
        List<Post> after = store.after("lobby", 104, 3);
        assertThat(after).extracting(Post::timestamp).containsExactly(105L, 106L, 107L);
        assertThat(store.after("lobby", 109, 10)).isEmpty();
    }

    @Test
    void latestAndBeforePageBackNewestFirst() throws Exception {
        PostStore store = store();
        for (long ts = 1; ts <= 25; ts++) {
            appendNow(store, draft("lobby", ts, "p" + ts));
        }
        assertThat(store.latest("lobby", 3)).extracting(Post::timestamp).containsExactly(25L, 24L, 23L);
        assertThat(store.before("lobby", 23, 3)).extracting(Post::timestamp).containsExactly(22L, 21L, 20L);
        assertThat(store.count("lobby")).isEqualTo(25);
        assertThat(store.lastTimestamp("lobby")).hasValue(25);
        assertThat(store.lastTimestamp("empty")).isEmpty();
        assertThat(store.latest("empty", 5)).isEmpty();
    }

    @Test
    void retentionDeletesOnlyOlderPostsOfThatRoom() throws Exception {
        PostStore store = store();
        for (long ts = 1; ts <= 10; ts++) {
            appendNow(store, draft("lobby", ts, "p" + ts));
            appendNow(store, draft("other", ts, "o" + ts));
        }
        assertThat(store.deleteBefore("lobby", 6)).isEqualTo(5);
        assertThat(store.after("lobby", 0, 100)).extracting(Post::timestamp).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(store.count("other")).isEqualTo(10);
    }

    @Test
    void idsIncreaseWithAppendOrder() throws Exception {
        PostStore store = store();
        Post a = appendNow(store, draft("lobby", 1, "a"));
        Post b = appendNow(store, draft("other", 1, "b"));
        Post c = appendNow(store, draft("lobby", 2, "c"));
        assertThat(a.id()).isLessThan(b.id());
        assertThat(b.id()).isLessThan(c.id());
    }

    @Test
    void aSecondPostWithTheSameRoomTimestampIsRefused() throws Exception {
        PostStore store = store();
        appendNow(store, draft("lobby", 7, "first"));
        assertThatThrownBy(() -> appendNow(store, draft("lobby", 7, "again"))).hasRootCauseInstanceOf(Exception.class);
        assertThat(store.latest("lobby", 10)).extracting(Post::text).containsExactly("first");
    }

    @Test
    void limitsOutsideOneToAThousandAreCallerBugs() {
        PostStore store = store();
        assertThatThrownBy(() -> store.latest("lobby", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.after("lobby", 0, 1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
