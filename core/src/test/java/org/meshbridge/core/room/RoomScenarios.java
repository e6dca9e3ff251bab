package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.bridge.ChannelRoom;
import org.meshbridge.core.bridge.ChannelRoomConfig;
import org.meshbridge.core.radio.sim.Delivery;
import org.meshbridge.core.radio.sim.LoginResult;
import org.meshbridge.core.radio.sim.RoomPost;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * Issue 4's "done when" scenarios: firmware-like companions two radio hops away log in to a
 * meshbridge room, post, and sync. Abstract over the stores, so the same suite runs on the
 * in-memory stores ({@link InMemoryRoomScenariosIT}) and, through the core test-jar, on the JDBC
 * adapters (SQLite, PostgreSQL): subclass it and return fresh, empty stores.
 */
public abstract class RoomScenarios {

    /** A fresh, empty post store for one test. */
    protected abstract PostStore newPostStore();

    /** A fresh, empty ACL store for one test. */
    protected abstract AclStore newAclStore();

    /** The seed of the simulated mesh. */
    protected long seed() {
        return 7;
    }

    private RoomMesh mesh(String... companions) {
        return new RoomMesh(seed(), newPostStore(), newAclStore(), companions);
    }

    @Test
    void theGuestPasswordLogsInReadWriteAndTheAdminPasswordAsAdmin() {
        RoomMesh mesh = mesh("alice", "bob");
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby"));

        mesh.companion("alice").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        mesh.companion("bob").login("lobby", "secret");
        mesh.run(Duration.ofSeconds(10));

        assertThat(mesh.companion("alice").logins()).singleElement().satisfies(l -> assertLogin(l, 0, 2));
        assertThat(mesh.companion("bob").logins()).singleElement().satisfies(l -> assertLogin(l, 1, 3));
        assertThat(lobby.members()).extracting(RoomMember::role).containsExactly(RoomRole.READ_WRITE, RoomRole.ADMIN);
        assertThat(mesh.events(RoomEvent.ClientLoggedIn.class)).hasSize(2);
    }

    @Test
    void aWrongPasswordGetsNoReplyAtAll() {
        RoomMesh mesh = mesh("carol");
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby"));
        Instant before = mesh.scheduler.now();

        mesh.companion("carol").login("lobby", "let me in");
        mesh.run(Duration.ofSeconds(30));

        assertThat(mesh.companion("carol").logins()).isEmpty();
        assertThat(mesh.bridgeSent(PayloadType.PATH, before) + mesh.bridgeSent(PayloadType.RESPONSE, before)).isZero();
        assertThat(lobby.members()).isEmpty();
        assertThat(mesh.events(RoomEvent.LoginRefused.class)).singleElement()
                .extracting(RoomEvent.LoginRefused::reason).isEqualTo("wrong password");
    }

    @Test
    void withReadOnlyGuestsAllowedAnyPasswordReadsButCannotPost() {
        RoomMesh mesh = mesh("alice", "carol");
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby").withAllowReadOnly(true));
        mesh.companion("alice").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        mesh.companion("carol").login("lobby", "let me in");
        mesh.run(Duration.ofSeconds(10));

        assertThat(mesh.companion("carol").logins()).singleElement().satisfies(l -> assertLogin(l, 2, 0));
        Delivery refused = mesh.companion("carol").sendText("lobby", "can guests post?");
        mesh.run(Duration.ofSeconds(60));
        assertThat(refused.state()).as("a guest's post gets no ACK").isEqualTo(Delivery.State.FAILED);
        assertThat(mesh.host().posts().count("lobby")).isZero();

        Delivery post = mesh.companion("alice").sendText("lobby", "guests can read this");
        mesh.run(Duration.ofSeconds(60));
        assertThat(post.state()).isEqualTo(Delivery.State.DELIVERED);
        assertThat(mesh.companion("carol").roomPosts()).extracting(RoomPost::text).containsExactly("guests can read this");
        assertThat(lobby.members()).extracting(RoomMember::role).containsExactly(RoomRole.READ_WRITE, RoomRole.GUEST);
    }

    @Test
    void aPostIsAckedAndPushedToTheOtherClientsButNotBackToItsAuthor() {
        RoomMesh mesh = mesh("alice", "bob", "carol");
        mesh.openAndAdvertise(mesh.config("lobby"));
        for (String c : List.of("alice", "bob", "carol")) {
            mesh.companion(c).login("lobby", "hello");
            mesh.run(Duration.ofSeconds(10));
        }

        Delivery post = mesh.companion("alice").sendText("lobby", "hello room");
        mesh.run(Duration.ofSeconds(90));

        assertThat(post.state()).as("seed %s: %s", seed(), post).isEqualTo(Delivery.State.DELIVERED);
        for (String reader : List.of("bob", "carol")) {
            assertThat(mesh.companion(reader).roomPosts()).as(reader).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo("hello room");
                assertThat(p.authorPrefix()).isEqualTo(mesh.companion("alice").identity().publicKey().prefix(4));
            });
        }
        assertThat(mesh.companion("alice").roomPosts()).isEmpty();
        assertThat(mesh.host().posts().latest("lobby", 10)).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(PostOrigin.RF);
            assertThat(p.authorKey()).contains(mesh.companion("alice").identity().publicKey());
        });
        assertThat(mesh.events(RoomEvent.PushDelivered.class)).hasSize(2);
    }

    @Test
    void aLoginWithSyncSinceReceivesOnlyNewerPosts() {
        RoomMesh mesh = mesh("bob");
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby"));
        List<Post> stored = postAll(mesh, lobby, "one", "two", "three");

        mesh.companion("bob").login("lobby", "hello", stored.get(0).timestamp());
        mesh.run(Duration.ofSeconds(60));

        assertThat(mesh.companion("bob").roomPosts()).extracting(RoomPost::text).containsExactly("web: two", "web: three");
        assertThat(mesh.companion("bob").contact("lobby").orElseThrow().syncSince()).isEqualTo(stored.get(2).timestamp());
    }

    @Test
    void aClientCanResyncFromAnEarlierPoint() {
        RoomMesh mesh = mesh("bob");
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby"));
        postAll(mesh, lobby, "one", "two");
        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(60));
        assertThat(mesh.companion("bob").roomPosts()).hasSize(2);

        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(30));
        assertThat(mesh.companion("bob").roomPosts()).as("an up-to-date login gets nothing again").hasSize(2);

        mesh.companion("bob").login("lobby", "hello", 0);
        mesh.run(Duration.ofSeconds(60));
        assertThat(mesh.companion("bob").roomPosts()).extracting(RoomPost::text)
                .containsExactly("web: one", "web: two", "web: one", "web: two");
    }

    @Test
    void aRestartOnTheSameStoresLosesNothingAndClientsKeepSyncing() {
        PostStore posts = newPostStore();
        AclStore acls = newAclStore();
        RoomMesh mesh = new RoomMesh(seed(), posts, acls, "alice", "bob");
        Room first = mesh.openAndAdvertise(mesh.config("lobby"));
        mesh.companion("alice").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        mesh.companion("alice").sendText("lobby", "before the restart");
        mesh.run(Duration.ofSeconds(60));
        assertThat(mesh.companion("bob").roomPosts()).hasSize(1);

        first.close();
        Room second = Room.open(mesh.config("lobby"), mesh.host());
        assertThat(posts.count("lobby")).isEqualTo(1);
        assertThat(second.members()).extracting(RoomMember::role).containsExactly(RoomRole.READ_WRITE, RoomRole.READ_WRITE);

        Delivery after = mesh.companion("alice").sendText("lobby", "after the restart");
        mesh.run(Duration.ofSeconds(90));
        assertThat(after.state()).as("the restarted room still knows alice without a new login").isEqualTo(Delivery.State.DELIVERED);
        assertThat(mesh.companion("bob").roomPosts()).extracting(RoomPost::text)
                .containsExactly("before the restart", "after the restart");
        assertThat(posts.latest("lobby", 10)).extracting(Post::timestamp).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
    }

    @Test
    void aLongInternetPostIsPushedInNumberedPartsInOrder() {
        RoomMesh mesh = mesh("bob");
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby"));
        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(8).strip();

        Post post = stored(mesh, new Rooms(mesh.host()), lobby, "dave", text);
        mesh.run(Duration.ofSeconds(90));

        List<RoomPost> received = mesh.companion("bob").roomPosts();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(RoomPost::text).allSatisfy(t -> assertThat(t.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(151));
        assertThat(received.get(0).text()).startsWith("(1/3) dave: The quick");
        assertThat(received.get(1).text()).startsWith("(2/3) ");
        assertThat(received.get(2).text()).startsWith("(3/3) ").endsWith("lazy dog.");
        assertThat(received).extracting(RoomPost::postTimestamp)
                .containsExactly(post.timestamp(), post.timestamp() + 1, post.timestamp() + 2);
        assertThat(received).extracting(RoomPost::authorPrefix).containsOnly(lobby.identity().publicKey().prefix(4));
        assertThat(RfText.split(RfText.attributed(PostOrigin.INTERNET, "dave", text), 151))
                .isEqualTo(received.stream().map(RoomPost::text).toList());
    }

    @Test
    void noPostIsAckedBeforeTheStoreSaysItIsDurable() {
        HeldPostStore held = new HeldPostStore(newPostStore());
        RoomMesh mesh = new RoomMesh(seed(), held, newAclStore(), "alice", "bob");
        mesh.openAndAdvertise(mesh.config("lobby"));
        mesh.companion("alice").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        Instant before = mesh.scheduler.now();

        Delivery post = mesh.companion("alice").sendText("lobby", "keep me safe");
        mesh.run(Duration.ofSeconds(4));
        assertThat(held.waiting()).isEqualTo(1);
        assertThat(mesh.bridgeSent(PayloadType.ACK, before)).as("no ACK while the append is pending").isZero();
        assertThat(post.state()).isEqualTo(Delivery.State.PENDING);

        held.releaseAll();
        mesh.run(Duration.ofSeconds(30));
        assertThat(mesh.bridgeSent(PayloadType.ACK, before)).isPositive();
        assertThat(post.state()).isEqualTo(Delivery.State.DELIVERED);
        assertThat(mesh.companion("bob").roomPosts()).extracting(RoomPost::text).containsExactly("keep me safe");
    }

    @Test
    void aPostTheStoreFailsIsNotAckedAndItsRetryIsStoredAgain() {
        HeldPostStore held = new HeldPostStore(newPostStore());
        RoomMesh mesh = new RoomMesh(seed(), held, newAclStore(), "alice");
        mesh.openAndAdvertise(mesh.config("lobby"));
        mesh.companion("alice").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        Instant before = mesh.scheduler.now();

        Delivery post = mesh.companion("alice").sendText("lobby", "retry me");
        mesh.run(Duration.ofSeconds(3));
        held.failAll();
        mesh.run(Duration.ofSeconds(1));
        assertThat(mesh.bridgeSent(PayloadType.ACK, before)).isZero();
        for (int i = 0; i < 20 && held.waiting() == 0; i++) {
            mesh.run(Duration.ofSeconds(1));
        }
        assertThat(held.waiting()).as("the companion's retry is appended again").isEqualTo(1);
        held.releaseAll();
        mesh.run(Duration.ofSeconds(20));
        assertThat(post.state()).isEqualTo(Delivery.State.DELIVERED);
        assertThat(mesh.host().posts().count("lobby")).isEqualTo(1);
    }

    @Test
    void aChannelRoomStoresWhatItHearsAndTransmitsInternetPostsOnlyWhenEnabled() {
        RoomMesh mesh = mesh("alice", "bob");
        ChannelKey channel = ChannelKey.hashtag("#test");
        mesh.companion("alice").addChannel("#test", channel);
        mesh.companion("bob").addChannel("#test", channel);
        ChannelRoom quiet = ChannelRoom.open(ChannelRoomConfig.listening("test", channel), mesh.host());
        Rooms rooms = new Rooms(mesh.host());
        rooms.add(quiet);

        mesh.companion("alice").sendChannelText("#test", "anyone on #test?");
        mesh.run(Duration.ofSeconds(20));
        assertThat(mesh.host().posts().latest("test", 10)).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(PostOrigin.CHANNEL);
            assertThat(p.authorName()).isEqualTo("alice");
            assertThat(p.text()).isEqualTo("anyone on #test?");
            assertThat(p.authorKey()).isEmpty();
        });

        Instant before = mesh.scheduler.now();
        rooms.post("test", "erin", "from the web");
        mesh.run(Duration.ofSeconds(20));
        assertThat(mesh.host().posts().count("test")).isEqualTo(2);
        assertThat(mesh.bridgeSent(PayloadType.GRP_TXT, before)).as("off by default").isZero();
        assertThat(mesh.companion("bob").channelMessages()).hasSize(1);

        quiet.close();
        ChannelRoom loud = ChannelRoom.open(ChannelRoomConfig.listening("test2", channel).withTransmitInternet(true), mesh.host());
        loud.postFromInternet("erin", "now on the air");
        mesh.run(Duration.ofSeconds(20));
        assertThat(mesh.companion("bob").channelMessages()).last().satisfies(m -> {
            assertThat(m.sender()).contains("erin");
            assertThat(m.message()).isEqualTo("now on the air");
        });
        assertThat(mesh.host().posts().count("test2")).as("our own transmission is not stored twice").isEqualTo(1);
    }

    private static void assertLogin(LoginResult login, int adminFlag, int permissions) {
        assertThat(login.success()).isTrue();
        assertThat(login.adminFlag()).isEqualTo(adminFlag);
        assertThat(login.permissions()).isEqualTo(permissions);
        assertThat(login.firmwareLevel()).isEqualTo(1);
    }

    /** Posts each text as internet user "web", one per second, and returns them once durable. */
    private static List<Post> postAll(RoomMesh mesh, Room room, String... texts) {
        Rooms rooms = new Rooms(mesh.host());
        rooms.add(room);
        return java.util.Arrays.stream(texts).map(t -> {
            Post p = stored(mesh, rooms, room, "web", t);
            mesh.run(Duration.ofSeconds(1));
            return p;
        }).toList();
    }

    private static Post stored(RoomMesh mesh, Rooms rooms, Room room, String author, String text) {
        if (!rooms.names().contains(room.name())) {
            rooms.add(room);
        }
        var stage = rooms.post(room.name(), author, text).toCompletableFuture();
        mesh.run(Duration.ofMillis(10));
        assertThat(stage).isCompleted();
        return stage.join();
    }
}
