package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.sim.Delivery;
import org.meshbridge.core.radio.sim.RoomPost;
import org.meshbridge.core.room.AclStore;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.RoomMember;
import org.meshbridge.core.room.RoomMesh;
import org.meshbridge.core.room.RoomRole;
import org.meshbridge.core.room.RoomScenarios;
import org.meshbridge.core.time.ManualScheduler;

/**
 * Issue 4's room scenarios on a JDBC store, a fresh database per test, plus a restart that
 * closes the whole {@link Storage} and reopens the same database.
 */
abstract class JdbcRoomScenarios extends RoomScenarios {

    private final List<Storage> opened = new ArrayList<>();
    private Storage current;

    /** The URL of a new, empty database of this class's dialect. */
    protected abstract String freshUrl();

    @Override
    protected PostStore newPostStore() {
        current = open(freshUrl());
        return new AwaitedAppends(current.posts());
    }

    /** The ACL store of the database the last {@link #newPostStore()} opened. */
    @Override
    protected AclStore newAclStore() {
        return current.acl();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Storage::close);
    }

    @Test
    void closingAndReopeningTheDatabaseLosesNoPostAndNoLogin() {
        String url = freshUrl();
        Storage before = open(url);
        RoomMesh mesh = new RoomMesh(seed(), new AwaitedAppends(before.posts()), before.acl(), "alice", "bob");
        Room first = mesh.openAndAdvertise(mesh.config("lobby"));
        mesh.companion("alice").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        Delivery kept = mesh.companion("alice").sendText("lobby", "before the restart");
        mesh.run(Duration.ofSeconds(60));
        assertThat(kept.state()).isEqualTo(Delivery.State.DELIVERED);
        first.close();
        before.close();

        Storage after = open(url);
        mesh.useStores(new AwaitedAppends(after.posts()), after.acl());
        Room second = Room.open(mesh.config("lobby"), mesh.host());

        assertThat(after.posts().latest("lobby", 10)).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("before the restart");
            assertThat(p.origin()).isEqualTo(PostOrigin.RF);
            assertThat(p.authorKey()).contains(mesh.companion("alice").identity().publicKey());
        });
        assertThat(second.members()).extracting(RoomMember::role).containsExactly(RoomRole.READ_WRITE, RoomRole.READ_WRITE);
        Delivery next = mesh.companion("alice").sendText("lobby", "after the restart");
        mesh.run(Duration.ofSeconds(90));
        assertThat(next.state()).as("the reopened database still knows alice").isEqualTo(Delivery.State.DELIVERED);
        assertThat(mesh.companion("bob").roomPosts()).extracting(RoomPost::text)
                .containsExactly("before the restart", "after the restart");
        assertThat(after.posts().latest("lobby", 10)).extracting(Post::timestamp).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private Storage open(String url) {
        Clock clock = Clock.fixed(ManualScheduler.DEFAULT_START, ZoneOffset.UTC);
        Storage storage = Stores.open(url, StoreOptions.defaults().withClock(clock));
        opened.add(storage);
        return storage;
    }
}
