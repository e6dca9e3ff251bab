package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Opening by URL, and the values a caller can get wrong. */
class StoresTest {

    @Test
    void theUrlPrefixChoosesTheDialect() {
        assertThat(Dialect.of("jdbc:sqlite:./data/meshbridge.db")).contains(Dialect.SQLITE);
        assertThat(Dialect.of("jdbc:postgresql://db.example:5432/meshbridge")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.of("jdbc:mysql://db.example/meshbridge")).isEmpty();
    }

    @Test
    void anUnknownDatabaseIsRefusedWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> Stores.open("jdbc:mysql://db.example/meshbridge?user=u&password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("storage.url must start with jdbc:sqlite: or jdbc:postgresql:, was jdbc:mysql://db.example/meshbridge?…");
    }

    @Test
    void anInMemorySqliteDatabaseIsRefusedBecauseEachConnectionWouldSeeItsOwn() {
        assertThatThrownBy(() -> Stores.open("jdbc:sqlite::memory:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is an in-memory SQLite database; the store needs a file");
        assertThatThrownBy(() -> Stores.open("jdbc:sqlite:file:x?mode=memory&cache=shared"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stores.open("jdbc:sqlite:")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sqliteUrlsNameTheirFileWithOrWithoutTheFilePrefixAndParameters() {
        assertThat(Dialect.sqliteFile("jdbc:sqlite:./data/meshbridge.db")).hasToString("./data/meshbridge.db");
        assertThat(Dialect.sqliteFile("jdbc:sqlite:file:/var/lib/mb.db?cache=private")).hasToString("/var/lib/mb.db");
    }

    @Test
    void anUnreachablePostgresqlIsAStoreExceptionNamingTheServer() {
        assertThatThrownBy(() -> Stores.open("jdbc:postgresql://127.0.0.1:1/meshbridge?connectTimeout=2&password=pw"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the database jdbc:postgresql://127.0.0.1:1/meshbridge?…: ")
                .hasMessageNotContaining("pw");
    }

    @Test
    void optionsOutOfRangeAreCallerBugs() {
        StoreOptions defaults = StoreOptions.defaults();
        assertThatThrownBy(() -> defaults.withBatching(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBatching(10, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxQueuedPosts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withReadConnections(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionKeepsAtLeastOnePostAndOneSecond() {
        assertThatThrownBy(() -> RetentionPolicy.keepPostsPerRoom(0)).hasMessageContaining("at least one post");
        assertThatThrownBy(() -> RetentionPolicy.keepEverything().withMaxAge(Duration.ZERO))
                .hasMessageContaining("at least one second");
        assertThat(RetentionPolicy.keepDays(30).withMaxPostsPerRoom(10_000))
                .isEqualTo(new RetentionPolicy(Optional.of(Duration.ofDays(30)), OptionalLong.of(10_000)));
        assertThat(RetentionPolicy.keepEverything().keepsEverything()).isTrue();
    }
}
