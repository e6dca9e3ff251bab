package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostOrigin;

/** The JDBC store on PostgreSQL, and what only PostgreSQL refuses. */
class PostgresStorageTest extends JdbcStorageContract {

    @RegisterExtension
    static final DatabaseFixture<PostgresDatabase> DB = DatabaseFixture.postgres();

    @Override
    TestDatabase database() {
        return DB.database();
    }

    @Test
    void aPostTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchCommits() throws Exception {
        Storage storage = open(DB.database().freshUrl());
        var release = holdWriter(storage);
        List<CompletableFuture<Post>> stages = new ArrayList<>();
        for (long ts = 1; ts <= 5; ts++) {
            String text = ts == 3 ? "a NUL \u0000 PostgreSQL text cannot hold" : "fine " + ts;
            PostDraft draft = new PostDraft("lobby", ts, Optional.empty(), "bob", PostOrigin.CHANNEL, text);
            stages.add(storage.posts().append(draft).toCompletableFuture());
        }
        release.countDown();
        assertThatThrownBy(stages.get(2)::join).hasCauseInstanceOf(StoreException.class)
                .hasMessageContaining("the database refused the write");
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(stages.get(i).join().text()).isEqualTo("fine " + (i + 1));
        }
        assertThat(storage.posts().after("lobby", 0, 10)).extracting(Post::timestamp).containsExactly(1L, 2L, 4L, 5L);
    }
}
