package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.companion.ChannelSlotStore;
import org.meshbridge.core.companion.InboxMessage;
import org.meshbridge.core.companion.InboxStore;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.LivenessMemory;
import org.meshbridge.core.nodes.LivenessMonitor;
import org.meshbridge.core.nodes.NodeJournal;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeStore;
import org.meshbridge.core.nodes.Position;
import org.meshbridge.core.nodes.SavedNode;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.room.AclEntry;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.server.mqtt.OutboxMessage;
import org.meshbridge.server.web.api.DmStore;

/** What the JDBC store does beyond the core's contract, on each dialect: access lists, reopening, batching. */
abstract class JdbcStorageContract {

    static final Bytes ALICE = Bytes.fromHex("1ec77175b0918ed206f9ae04ec136d6d5d4315bb26305427f645b492e9350c10");
    static final Bytes BOB = Bytes.fromHex("ae3c8d1cd6b4e16a1ec5a7b2fd5b1c96b4d85a0b1e2c4d3f5a6b7c8d9e0f1a2b");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final List<Storage> opened = new ArrayList<>();

    /** The class's source of empty databases. */
    abstract TestDatabase database();

    Storage open(String url, StoreOptions options) {
        Storage storage = Stores.open(url, options);
        opened.add(storage);
        return storage;
    }

    Storage open(String url) {
        return open(url, StoreOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Storage::close);
    }

    static PostDraft draft(String room, long timestamp) {
        return new PostDraft(room, timestamp, Optional.of(ALICE), "alice", PostOrigin.INTERNET, "post " + timestamp);
    }

    static Post appendNow(Storage storage, PostDraft draft) throws Exception {
        return storage.posts().append(draft).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void accessListEntriesComeBackWithEveryField() throws Exception {
        Storage storage = open(database().freshUrl());
        AclEntry alice = new AclEntry("lobby", ALICE, 3, 1_700_000_100L, 1_700_000_050L, 1_700_000_200L);
        storage.acl().save(alice);
        storage.acl().save(new AclEntry("other", BOB, 1, 5, 6, 7));
        assertThat(storage.acl().load("lobby")).containsExactly(alice);
        assertThat(storage.acl().load("nowhere")).isEmpty();
    }

    @Test
    void savingAnEntryAgainReplacesItAndRemoveDeletesOnlyThatKeyOfThatRoom() throws Exception {
        Storage storage = open(database().freshUrl());
        storage.acl().save(new AclEntry("lobby", ALICE, 2, 10, 10, 10));
        storage.acl().save(new AclEntry("lobby", ALICE, 3, 11, 12, 13));
        storage.acl().save(new AclEntry("lobby", BOB, 0, 1, 1, 1));
        storage.acl().save(new AclEntry("other", ALICE, 1, 1, 1, 1));
        storage.acl().remove("lobby", BOB);
        assertThat(storage.acl().load("lobby")).containsExactly(new AclEntry("lobby", ALICE, 3, 11, 12, 13));
        assertThat(storage.acl().load("other")).hasSize(1);
    }

    @Test
    void postsAndAccessListsSurviveReopeningAndNoMigrationRunsTwice() throws Exception {
        String url = database().freshUrl();
        Storage first = open(url);
        Post post = appendNow(first, draft("lobby", 42));
        first.acl().save(new AclEntry("lobby", BOB, 2, 42, 41, 40));
        first.close();

        Storage second = open(url);
        assertThat(second.posts().latest("lobby", 10)).containsExactly(post);
        assertThat(second.acl().load("lobby")).containsExactly(new AclEntry("lobby", BOB, 2, 42, 41, 40));
        int latest = Migrations.load(Migrations.BUNDLED, second.dialect()).latestVersion();
        assertThat(second.schemaVersion()).isEqualTo(latest);
        assertThat(queryLongs(url, "SELECT version FROM schema_version ORDER BY version"))
                .containsExactlyElementsOf(Migrations.load(Migrations.BUNDLED, second.dialect()).versions().stream()
                        .map(Integer::longValue).toList());
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefusedWithTheReason() throws Exception {
        String url = database().freshUrl();
        open(url).close();
        int latest = Migrations.load(Migrations.BUNDLED, Dialect.SQLITE).latestVersion();
        execute(url, "INSERT INTO schema_version (version, description, applied_at_ms) VALUES (" + (latest + 5)
                + ", 'from the future', 0)");
        assertThatThrownBy(() -> open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("has schema version " + (latest + 5) + ", newer than this meshbridge knows (" + latest + ")")
                .hasMessageContaining("Run that release, or restore a backup");
    }

    @Test
    void pendingMigrationsApplyInOrderOnAnExistingDatabase() throws Exception {
        String url = database().freshUrl();
        Dialect dialect = Dialect.of(url).orElseThrow();
        try (Connection writer = dialect.openWriter(url, StoreOptions.defaults())) {
            assertThat(Migrations.load(testMigrations("one"), dialect).migrate(writer, dialect, url, 1)).isZero();
            assertThat(Migrations.load(testMigrations("two"), dialect).migrate(writer, dialect, url, 2)).isEqualTo(1);
            assertThat(Migrations.load(testMigrations("two"), dialect).migrate(writer, dialect, url, 3)).isEqualTo(2);
        }
        execute(url, "INSERT INTO note (body, author) VALUES ('hello', 'alice')");
        assertThat(queryLongs(url, "SELECT applied_at_ms FROM schema_version ORDER BY version")).containsExactly(1L, 2L);
    }

    @Test
    void aMigrationReleasedAfterAHigherNumberIsStillApplied() throws Exception {
        String url = database().freshUrl();
        Dialect dialect = Dialect.of(url).orElseThrow();
        try (Connection writer = dialect.openWriter(url, StoreOptions.defaults())) {
            Migrations gap = Migrations.load(testMigrations("gap"), dialect);
            assertThat(gap.versions()).containsExactly(1, 3);
            assertThat(gap.migrate(writer, dialect, url, 1)).isZero();
            assertThat(Migrations.load(testMigrations("filled"), dialect).migrate(writer, dialect, url, 2)).isEqualTo(3);
        }
        execute(url, "INSERT INTO note (body, author) VALUES ('hello', 'alice')");
        execute(url, "INSERT INTO note_tag (note_id, tag) VALUES (1, 'x')");
        assertThat(queryLongs(url, "SELECT applied_at_ms FROM schema_version ORDER BY version")).containsExactly(1L, 2L, 1L);
    }

    @Test
    void aFailingMigrationLeavesNothingOfItsRun() throws Exception {
        String url = database().freshUrl();
        Dialect dialect = Dialect.of(url).orElseThrow();
        try (Connection writer = dialect.openWriter(url, StoreOptions.defaults())) {
            Migrations broken = Migrations.load(testMigrations("broken"), dialect);
            assertThatThrownBy(() -> broken.migrate(writer, dialect, "the test database", 1))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot migrate the database the test database to schema version 2: ");
            assertThat(Migrations.load(testMigrations("one"), dialect).migrate(writer, dialect, url, 2)).isZero();
        }
    }

    @Test
    void manyConcurrentAppendersAllGetTheirPostsStored() throws Exception {
        Storage storage = open(database().freshUrl());
        int callers = 16;
        int perCaller = 200;
        List<CompletableFuture<List<Post>>> results = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            String room = "room" + c % 4;
            long first = c * 1000L;
            results.add(CompletableFuture.supplyAsync(() -> appendAll(storage, room, first, perCaller)));
        }
        List<Post> stored = results.stream().flatMap(r -> r.join().stream()).toList();
        assertThat(stored).extracting(Post::id).doesNotHaveDuplicates().hasSize(callers * perCaller);
        for (int r = 0; r < 4; r++) {
            assertThat(storage.posts().count("room" + r)).isEqualTo(callers / 4 * perCaller);
        }
    }

    @Test
    void queuedPostsCommitInBatchesOfAtMostTheBatchSize() throws Exception {
        Storage storage = open(database().freshUrl(),
                StoreOptions.defaults().withClock(new TickingClock(NOW)).withBatching(30, Duration.ZERO));
        CountDownLatch release = holdWriter(storage);
        List<CompletableFuture<Post>> stages = new ArrayList<>();
        for (long ts = 1; ts <= 100; ts++) {
            stages.add(storage.posts().append(draft("lobby", ts)).toCompletableFuture());
        }
        assertThat(stages).noneMatch(CompletableFuture::isDone);
        release.countDown();
        Map<Instant, Long> batches = stages.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Post::storedAt, Collectors.counting()));
        assertThat(batches.values()).containsExactlyInAnyOrder(30L, 30L, 30L, 10L);
    }

    @Test
    void aTakenTimestampInsideABatchFailsOnlyThatPost() throws Exception {
        Storage storage = open(database().freshUrl());
        appendNow(storage, draft("lobby", 1));
        CountDownLatch release = holdWriter(storage);
        long[] timestamps = {2, 3, 3, 1, 4};
        List<CompletableFuture<Post>> stages = new ArrayList<>();
        for (int i = 0; i < timestamps.length; i++) {
            PostDraft d = new PostDraft("lobby", timestamps[i], Optional.empty(), "bob", PostOrigin.RF, "text " + i);
            stages.add(storage.posts().append(d).toCompletableFuture());
        }
        release.countDown();
        for (int refused : new int[] {2, 3}) {
            assertThatThrownBy(stages.get(refused)::join).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("room lobby already has a post at timestamp " + timestamps[refused]);
        }
        List<Post> stored = storage.posts().after("lobby", 1, 10);
        assertThat(stored).extracting(Post::text).containsExactly("text 0", "text 1", "text 4");
        assertThat(stored).containsExactly(stages.get(0).join(), stages.get(1).join(), stages.get(4).join());
    }

    @Test
    void aFullQueueRefusesAppendsAtOnceWhileTheQueuedOnesStillCommit() throws Exception {
        Storage storage = open(database().freshUrl(), StoreOptions.defaults().withMaxQueuedPosts(5));
        CountDownLatch release = holdWriter(storage);
        List<CompletableFuture<Post>> queued = new ArrayList<>();
        for (long ts = 1; ts <= 5; ts++) {
            queued.add(storage.posts().append(draft("lobby", ts)).toCompletableFuture());
        }
        CompletableFuture<Post> refused = storage.posts().append(draft("lobby", 6)).toCompletableFuture();
        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::join).hasCauseInstanceOf(StoreOverloadedException.class)
                .hasMessageContaining("queue is full (5 posts waiting");
        assertThat(storage.queuedPosts()).isEqualTo(5);
        release.countDown();
        assertThat(queued.stream().map(CompletableFuture::join)).hasSize(5);
        assertThat(storage.posts().count("lobby")).isEqualTo(5);
    }

    @Test
    void closeCommitsEverythingQueuedAndLaterAppendsFail() throws Exception {
        String url = database().freshUrl();
        Storage storage = open(url);
        List<CompletableFuture<Post>> stages = new ArrayList<>();
        for (long ts = 1; ts <= 500; ts++) {
            stages.add(storage.posts().append(draft("lobby", ts)).toCompletableFuture());
        }
        storage.posts().close();
        assertThat(stages).allMatch(stage -> stage.isDone() && !stage.isCompletedExceptionally());
        assertThatThrownBy(() -> storage.posts().append(draft("lobby", 501)).toCompletableFuture().join())
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(open(url).posts().count("lobby")).isEqualTo(500);
    }

    @Test
    void aStageCallbackCannotWaitForTheWriter() throws Exception {
        Storage storage = open(database().freshUrl());
        Thread testThread = Thread.currentThread();
        // The callback runs on the writer only if the append is still pending when it is attached;
        // when the commit wins that race it runs here instead, so try again with the next post.
        for (int ts = 1; ts <= 50; ts++) {
            int timestamp = ts;
            CompletableFuture<Thread> ranOn = new CompletableFuture<>();
            CompletableFuture<Long> deleted = storage.posts().append(draft("lobby", timestamp)).toCompletableFuture()
                    .thenApply(post -> {
                        ranOn.complete(Thread.currentThread());
                        return storage.posts().deleteBefore("lobby", timestamp);
                    });
            if (ranOn.get(10, TimeUnit.SECONDS) != testThread) {
                assertThatThrownBy(deleted::join).hasCauseInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("from a stage callback");
                return;
            }
        }
        throw new AssertionError("every append committed before its callback was attached; the writer path was never tested");
    }

    @Test
    void retentionByAgeAndByCountAppliesToEveryRoom() throws Exception {
        Storage storage = open(database().freshUrl());
        long now = NOW.getEpochSecond();
        long day = Duration.ofDays(1).toSeconds();
        for (int d = 10; d >= 0; d--) {
            appendNow(storage, draft("lobby", now - d * day));
            appendNow(storage, draft("other", now - d * day + 1));
        }
        appendNow(storage, draft("tiny", now - 30 * day));

        Map<String, Long> byAge = RetentionPolicy.keepDays(7).apply(storage.posts(), NOW);
        assertThat(byAge).containsExactly(Map.entry("lobby", 3L), Map.entry("other", 3L), Map.entry("tiny", 1L));
        assertThat(storage.posts().after("lobby", 0, 1000)).hasSize(8);

        Map<String, Long> byCount = RetentionPolicy.keepPostsPerRoom(5).apply(storage.posts(), NOW);
        assertThat(byCount).containsExactly(Map.entry("lobby", 3L), Map.entry("other", 3L));
        assertThat(storage.posts().latest("lobby", 1000)).extracting(Post::timestamp)
                .containsExactly(now, now - day, now - 2 * day, now - 3 * day, now - 4 * day);
        assertThat(RetentionPolicy.keepEverything().apply(storage.posts(), NOW)).isEmpty();
        assertThat(storage.posts().deleteAllButNewest("lobby", 5)).isZero();
        assertThat(storage.posts().rooms()).containsExactly("lobby", "other");
    }

    /** Parks the writer thread inside a job until the returned latch is released. */
    static CountDownLatch holdWriter(Storage storage) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        storage.writer().submit(statements -> {
            entered.countDown();
            awaitUninterruptibly(release);
            return null;
        });
        entered.await();
        return release;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean done = false;
        while (!done) {
            try {
                latch.await();
                done = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<Post> appendAll(Storage storage, String room, long firstTimestamp, int count) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(storage.posts().append(draft(room, firstTimestamp + i)).toCompletableFuture().join());
        }
        return posts;
    }

    static String testMigrations(String set) {
        return "org/meshbridge/server/store/testmigration/" + set + "/";
    }

    @Test
    void theMqttOutboxKeepsMessagesInOrderPerBridgeAcrossReopeningUntilRemoved() throws Exception {
        String url = database().freshUrl();
        Storage first = open(url);
        for (long seq = 1; seq <= 5; seq++) {
            first.outbox().add("bridge-a", new OutboxMessage(seq, "meshcore/messages/lobby", "{\"n\":" + seq + "}",
                    seq % 2 == 0, NOW.plusMillis(seq)));
        }
        first.outbox().add("bridge-b", new OutboxMessage(1, "other/status", "{}", true, NOW));
        first.outbox().removeThrough("bridge-a", 2);
        first.close();

        Storage second = open(url);
        assertThat(second.outbox().load("bridge-a")).containsExactly(
                new OutboxMessage(3, "meshcore/messages/lobby", "{\"n\":3}", false, NOW.plusMillis(3)),
                new OutboxMessage(4, "meshcore/messages/lobby", "{\"n\":4}", true, NOW.plusMillis(4)),
                new OutboxMessage(5, "meshcore/messages/lobby", "{\"n\":5}", false, NOW.plusMillis(5)));
        assertThat(second.outbox().load("bridge-b")).hasSize(1);
        second.outbox().removeThrough("bridge-a", 5);
        assertThat(second.outbox().load("bridge-a")).isEmpty();
        assertThat(second.outbox().failures()).isZero();
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static List<Long> queryLongs(String url, String sql) throws Exception {
        return query(url, sql, rs -> {
            try {
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static <T> List<T> query(String url, String sql, Function<ResultSet, T> row) throws Exception {
        List<T> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(row.apply(rs));
            }
        }
        return rows;
    }

    @Test
    void companionInboxesKeepBothKindsOfMessageAcrossAReopenUntilForgotten() throws Exception {
        String url = database().freshUrl();
        InboxMessage direct = new InboxMessage.Direct(BOB, 2, 0, 1_700_000_000L, Optional.empty(), "hi alice",
                Optional.of(new SignalReport(-7, -118)));
        InboxMessage post = new InboxMessage.Direct(ALICE, InboxMessage.DIRECT, 2, 1_700_000_001L,
                Optional.of(BOB.prefix(4)), "bob: in the lobby", Optional.empty());
        InboxMessage channel = new InboxMessage.Channel(3, 1, 1_700_000_002L, "carol: on the channel", Optional.empty());
        Storage first = open(url);
        first.inboxes().append("alice", 0, direct).toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.inboxes().append("alice", 1, post).toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.inboxes().append("alice", 2, channel).toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.inboxes().append("alice", 2, channel).toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.inboxes().append("bob", 0, channel).toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.close();

        Storage second = open(url);
        assertThat(second.inboxes().load("alice")).containsExactly(new InboxStore.Saved(0, direct),
                new InboxStore.Saved(1, post), new InboxStore.Saved(2, channel));
        second.inboxes().forgetBefore("alice", 2).toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertThat(second.inboxes().load("alice")).containsExactly(new InboxStore.Saved(2, channel));
        assertThat(second.inboxes().load("bob")).hasSize(1);
        assertThat(second.inboxes().load("carol")).isEmpty();
    }

    @Test
    void channelSlotsAnAccountSetAreKeptReplacedAndClearedAcrossAReopen() throws Exception {
        String url = database().freshUrl();
        ChannelKey hiking = ChannelKey.hashtag("#hiking");
        Storage first = open(url);
        first.channelSlots().save("alice", new ChannelSlotStore.SavedSlot(1, "#hiking", Optional.of(hiking)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.channelSlots().save("alice", new ChannelSlotStore.SavedSlot(2, "Ops", Optional.of(ChannelKey.PUBLIC)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.channelSlots().save("alice", new ChannelSlotStore.SavedSlot(2, "Ops 2", Optional.of(hiking)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.channelSlots().save("alice", new ChannelSlotStore.SavedSlot(0, "", Optional.empty()))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        first.close();

        Storage second = open(url);
        assertThat(second.channelSlots().load("alice")).containsExactly(
                new ChannelSlotStore.SavedSlot(0, "", Optional.empty()),
                new ChannelSlotStore.SavedSlot(1, "#hiking", Optional.of(hiking)),
                new ChannelSlotStore.SavedSlot(2, "Ops 2", Optional.of(hiking)));
        assertThat(second.channelSlots().load("bob")).isEmpty();
    }

    @Test
    void aChannelSlotRowThatDoesNotDecodeIsSkippedNotFatal() throws Exception {
        String url = database().freshUrl();
        Storage storage = open(url);
        storage.channelSlots().save("alice", new ChannelSlotStore.SavedSlot(3, "Ops", Optional.of(ChannelKey.PUBLIC)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        storage.close();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO companion_channel (account, idx, name, channel_key) VALUES "
                    + "('alice', 4, 'bad', 'not hex'), ('alice', 5, 'short', 'abcd'), ('alice', 6, 'keyless', NULL)");
        }

        assertThat(open(url).channelSlots().load("alice")).containsExactly(
                new ChannelSlotStore.SavedSlot(3, "Ops", Optional.of(ChannelKey.PUBLIC)));
    }

    @Test
    void deletingAnAccountDeletesWhatIsKeptForItSoANewAccountOfTheSameNameStartsEmpty() throws Exception {
        String url = database().freshUrl();
        Storage storage = open(url);
        for (String name : List.of("alice", "bob")) {
            assertThat(storage.accounts().insert(new AccountRow(name, "member", "*", "hash", "key-" + name, 1L, 1L))).isTrue();
            storage.inboxes().append(name, 0, new InboxMessage.Channel(0, 1, 1_700_000_000L, "hi " + name, Optional.empty()))
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            storage.channelSlots().save(name, new ChannelSlotStore.SavedSlot(1, "Ops", Optional.of(ChannelKey.PUBLIC)))
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            storage.readMarkers().markRead(name, "lobby", 1_700_000_000L).get(30, TimeUnit.SECONDS);
            committed(storage.directMessages().add(name, incoming(1, BOB, "hi " + name)));
        }

        assertThat(storage.accounts().delete("alice")).isTrue();

        assertThat(storage.inboxes().load("alice")).isEmpty();
        assertThat(storage.channelSlots().load("alice")).isEmpty();
        assertThat(storage.readMarkers().markers("alice")).isEmpty();
        assertThat(storage.directMessages().conversations("alice")).isEmpty();
        assertThat(storage.directMessages().conversations("bob")).hasSize(1);
        assertThat(storage.inboxes().load("bob")).hasSize(1);
        assertThat(storage.channelSlots().load("bob")).hasSize(1);
        assertThat(storage.readMarkers().markers("bob")).hasSize(1);
    }

    static SavedNode savedNode(String id, String name, Instant heard, boolean everything) {
        LivenessMemory memory = everything
                ? new LivenessMemory(heard.plusSeconds(3600), heard.minusSeconds(120), Optional.of(AlertKind.NODE_SILENT),
                        Optional.of(heard.plusSeconds(900)), 1.75, heard.plusSeconds(900), true, true,
                        Optional.of(heard.minusSeconds(60)))
                : LivenessMemory.fresh(heard);
        return new SavedNode(id, name, everything ? NodeRole.REPEATER : NodeRole.COMPANION, heard.minusSeconds(86_400),
                heard, everything ? Optional.of(Instant.ofEpochSecond(1_764_072_000L)) : Optional.empty(),
                everything ? 42 : 1, everything ? List.of(Duration.ofMinutes(2), Duration.ofMillis(119_250)) : List.of(),
                everything ? Optional.of(new Position(51.500123, -0.120456)) : Optional.empty(),
                everything ? Optional.of(new BatteryReading(java.util.OptionalInt.of(3_350), java.util.OptionalInt.of(17),
                        heard.minusSeconds(30))) : Optional.empty(),
                everything ? Optional.of(new SignalReport(-22, -101)) : Optional.empty(), everything ? 3 : 0, "sim0",
                everything ? LivenessState.OFFLINE : LivenessState.ONLINE, heard.plusSeconds(900), everything, memory);
    }

    static final String NODE_A = "a".repeat(64);
    static final String NODE_B = "0123456789abcdef".repeat(4);

    @Test
    void nodesKeepEveryFieldPerBridgeAcrossAReopenAndSavesReplaceAndDelete() throws Exception {
        String url = database().freshUrl();
        SavedNode full = savedNode(NODE_A, "hill \u2603 top", NOW.minusSeconds(600), true);
        SavedNode bare = savedNode(NODE_B, "alice", NOW.minusSeconds(30), false);
        Storage first = open(url);
        assertThat(first.nodes("bridge-a").load()).isEqualTo(new NodeStore.Saved(List.of(), Optional.empty()));
        first.nodes("bridge-a").save(List.of(full, bare), List.of(), NOW);
        first.nodes("bridge-b").save(List.of(bare), List.of(), NOW.minusSeconds(5));
        first.close();

        Storage second = open(url);
        NodeStore.Saved a = second.nodes("bridge-a").load();
        assertThat(a.nodes()).containsExactlyInAnyOrder(full, bare);
        assertThat(a.heardUntil()).contains(NOW);
        assertThat(second.nodes("bridge-b").load().heardUntil()).contains(NOW.minusSeconds(5));
        SavedNode renamed = savedNode(NODE_A, "hill", NOW, false);
        second.nodes("bridge-a").save(List.of(renamed), List.of(NODE_B), NOW.plusSeconds(60));
        second.drain();
        assertThat(second.nodes("bridge-a").load()).isEqualTo(new NodeStore.Saved(List.of(renamed),
                Optional.of(NOW.plusSeconds(60))));
        assertThat(second.nodes("bridge-b").load().nodes()).containsExactly(bare);
    }

    @Test
    void aNodeRowThatCannotBeReadBackIsSkippedAndTheOthersLoad() throws Exception {
        String url = database().freshUrl();
        Storage storage = open(url);
        SavedNode good = savedNode(NODE_B, "alice", NOW, false);
        storage.nodes("bridge-a").save(List.of(savedNode(NODE_A, "hill", NOW, true), good), List.of(), NOW);
        damage(storage, "UPDATE mesh_node SET gaps_ms = '120000,oops' WHERE node_id = '" + NODE_A + "'");
        assertThat(storage.nodes("bridge-a").load().nodes()).containsExactly(good);
        damage(storage, "UPDATE mesh_node SET state = 'asleep', gaps_ms = '' WHERE node_id = '" + NODE_A + "'");
        assertThat(storage.nodes("bridge-a").load().nodes()).containsExactly(good);
    }

    /** Runs {@code sql} on the writer's connection (SQLite's writer holds the write lock while the store is open). */
    private static void damage(Storage storage, String sql) {
        storage.writer().await(statements -> {
            try (Statement statement = statements.connection().createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }

    @Test
    void theNodeJournalRestoresTheRegistryFromTheDatabaseAfterADowntime() throws Exception {
        String url = database().freshUrl();
        org.meshbridge.core.time.ManualScheduler first = new org.meshbridge.core.time.ManualScheduler();
        Storage before = open(url);
        NodeRegistry registry = new NodeRegistry(100);
        LivenessMonitor monitor = new LivenessMonitor(first, registry, LivenessConfig.DEFAULT);
        NodeJournal journal = new NodeJournal(first, registry, monitor, before.nodes("bridge-a"));
        assertThat(journal.restore()).isZero();
        journal.start();
        Identity hill = Identity.of(ALICE);
        for (int i = 0; i < 4; i++) {
            registry.onNodeHeard(new Contact(hill, "hill", 2, Optional.empty(), 1_735_689_600L + i * 120, first.now(),
                    Optional.empty(), 0, Path.ofOneByteHashes(new int[0]), "sim0"));
            first.advance(Duration.ofMinutes(2));
        }
        journal.stop();
        before.close();

        org.meshbridge.core.time.ManualScheduler second = new org.meshbridge.core.time.ManualScheduler(
                first.now().plus(Duration.ofHours(5)));
        Storage after = open(url);
        NodeRegistry restored = new NodeRegistry(100);
        NodeJournal again = new NodeJournal(second, restored, new LivenessMonitor(second, restored, LivenessConfig.DEFAULT),
                after.nodes("bridge-a"));
        assertThat(again.restore()).isEqualTo(1);
        assertThat(restored.nodes()).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("hill");
            assertThat(n.observedInterval()).contains(Duration.ofMinutes(2));
            assertThat(n.advertsHeard()).isEqualTo(4);
            assertThat(n.state()).isEqualTo(LivenessState.ONLINE);
        });
        assertThat(after.nodes("bridge-b").load().nodes()).isEmpty();
    }

    @Test
    void aDirectMessageRowThatDoesNotDecodeIsSkippedAndTheOthersStillRead() throws Exception {
        String url = database().freshUrl();
        Storage storage = open(url);
        committed(storage.directMessages().add("alice", incoming(1, BOB, "first")));
        committed(storage.directMessages().add("alice", incoming(2, BOB, "second")));
        storage.close();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE dm_message SET direction = 'up' WHERE id = 2");
        }

        Storage reopened = open(url);
        assertThat(reopened.directMessages().page("alice", BOB.hex(), Long.MAX_VALUE, 10))
                .extracting(DmStore.StoredDm::text).containsExactly("first");
        assertThat(reopened.directMessages().conversations("alice")).as("the bad newest row is skipped, not fatal")
                .isNotNull();
    }

    private static DmStore.StoredDm incoming(long id, Bytes from, String text) {
        return new DmStore.StoredDm(id, from.hex(), DmStore.Direction.IN, text, NOW.plusMillis(id), OptionalLong.of(1_700_000_000L + id),
                DmStore.State.RECEIVED, 1, Optional.of(new SignalReport(-7, -118)), OptionalInt.of(2));
    }

    private static <T> T committed(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void directMessagesKeepEveryFieldAndTheirDeliveryStateAcrossAReopen() throws Exception {
        String url = database().freshUrl();
        Storage first = open(url);
        assertThat(first.directMessages().recover(NOW)).isZero();
        DmStore.StoredDm hello = DmStore.StoredDm.outgoing(1, BOB.hex(), "hello bob", NOW.plusMillis(1));
        DmStore.StoredDm answer = incoming(2, BOB, "hi alice \u2603");
        DmStore.StoredDm other = DmStore.StoredDm.outgoing(3, ALICE.hex(), "to someone else", NOW.plusMillis(3));
        committed(first.directMessages().add("alice", hello));
        assertThat(committed(first.directMessages().add("alice", answer))).isTrue();
        DmStore.StoredDm replayed = incoming(2, BOB, "hi alice \u2603");
        assertThat(committed(first.directMessages().add("alice", new DmStore.StoredDm(3, replayed.peer(), replayed.direction(),
                replayed.text(), NOW.plusSeconds(60), replayed.senderTimestamp(), replayed.state(), 1, Optional.empty(),
                OptionalInt.empty())))).as("the same incoming message again, as an inbox replays it").isFalse();
        committed(first.directMessages().add("alice", other));
        committed(first.directMessages().add("carol", DmStore.StoredDm.outgoing(1, BOB.hex(), "carol's", NOW)));
        committed(first.directMessages().updateDelivery("alice", 1, DmStore.State.DELIVERED, 2, NOW.plusSeconds(5)));
        committed(first.directMessages().updateDelivery("alice", 99, DmStore.State.FAILED, 3, NOW));
        first.close();

        Storage second = open(url);
        assertThat(second.directMessages().recover(NOW)).as("the highest id in use; 3 was still pending").isEqualTo(3);
        assertThat(second.directMessages().page("alice", BOB.hex(), Long.MAX_VALUE, 10))
                .containsExactly(answer, hello.withState(DmStore.State.DELIVERED, 2));
        assertThat(second.directMessages().page("alice", BOB.hex(), 2, 10)).extracting(DmStore.StoredDm::id).containsExactly(1L);
        assertThat(second.directMessages().page("alice", BOB.hex(), Long.MAX_VALUE, 1)).containsExactly(answer);
        assertThat(second.directMessages().conversations("alice")).containsExactly(
                new DmStore.Head(other.withState(DmStore.State.FAILED, 0), 0), new DmStore.Head(answer, 1));
        committed(second.directMessages().markRead("alice", BOB.hex()));
        assertThat(second.directMessages().conversations("alice")).extracting(DmStore.Head::unread).containsExactly(0, 0);
        assertThat(second.directMessages().conversations("carol")).hasSize(1);
        assertThat(second.directMessages().conversations("dave")).isEmpty();
        assertThat(second.directMessages().page("dave", BOB.hex(), Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void directMessagesStillPendingWhenTheServerStoppedFailOnRecovery() throws Exception {
        String url = database().freshUrl();
        Storage first = open(url);
        committed(first.directMessages().add("alice", DmStore.StoredDm.outgoing(7, BOB.hex(), "lost ack", NOW)));
        committed(first.directMessages().add("alice", DmStore.StoredDm.outgoing(8, BOB.hex(), "acked", NOW)));
        committed(first.directMessages().updateDelivery("alice", 8, DmStore.State.DELIVERED, 1, NOW));
        first.close();

        Storage second = open(url);
        assertThat(second.directMessages().recover(NOW.plusSeconds(60))).isEqualTo(8);
        assertThat(second.directMessages().page("alice", BOB.hex(), Long.MAX_VALUE, 10))
                .extracting(DmStore.StoredDm::id, DmStore.StoredDm::state, DmStore.StoredDm::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8L, DmStore.State.DELIVERED, 1),
                        org.assertj.core.groups.Tuple.tuple(7L, DmStore.State.FAILED, 0));
        assertThat(queryLongs(url, "SELECT state_at_ms FROM dm_message WHERE id = 7"))
                .containsExactly(NOW.plusSeconds(60).toEpochMilli());
    }

    @Test
    void eachConversationAndEachAccountKeepOnlyTheirNewestDirectMessages() throws Exception {
        Storage storage = open(database().freshUrl());
        JdbcDmStore dms = new JdbcDmStore(storage.writer(), storage.reads(), new DmStore.Bounds(3, 5));
        for (long id = 1; id <= 4; id++) {
            committed(dms.add("alice", incoming(id, BOB, "bob " + id)));
        }
        assertThat(dms.page("alice", BOB.hex(), Long.MAX_VALUE, 10)).as("3 per conversation")
                .extracting(DmStore.StoredDm::id).containsExactly(4L, 3L, 2L);
        for (long id = 5; id <= 7; id++) {
            committed(dms.add("alice", DmStore.StoredDm.outgoing(id, ALICE.hex(), "to alice " + id, NOW)));
        }
        committed(dms.add("bob", DmStore.StoredDm.outgoing(1, ALICE.hex(), "bob's own", NOW)));
        assertThat(dms.page("alice", BOB.hex(), Long.MAX_VALUE, 10)).as("5 per account: the oldest go first")
                .extracting(DmStore.StoredDm::id).containsExactly(4L, 3L);
        assertThat(dms.page("alice", ALICE.hex(), Long.MAX_VALUE, 10)).extracting(DmStore.StoredDm::id)
                .containsExactly(7L, 6L, 5L);
        assertThat(dms.conversations("alice")).extracting(DmStore.Head::unread).containsExactly(0, 2);
        assertThat(dms.page("bob", ALICE.hex(), Long.MAX_VALUE, 10)).as("another account's bound").hasSize(1);
    }

    @Test
    void theServersDirectMessagesKeepTheNewest200OfAConversation() throws Exception {
        Storage storage = open(database().freshUrl());
        List<CompletableFuture<Boolean>> adds = new ArrayList<>();
        for (long id = 1; id <= 201; id++) {
            adds.add(storage.directMessages().add("alice", DmStore.StoredDm.outgoing(id, BOB.hex(), "dm " + id, NOW))
                    .toCompletableFuture());
        }
        CompletableFuture.allOf(adds.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<DmStore.StoredDm> kept = storage.directMessages().page("alice", BOB.hex(), Long.MAX_VALUE, 1000);
        assertThat(kept).as("DmStore.Bounds.DEFAULT").hasSize(200);
        assertThat(kept.get(0).id()).isEqualTo(201);
        assertThat(kept.get(199).id()).as("the oldest went").isEqualTo(2);
    }
}
