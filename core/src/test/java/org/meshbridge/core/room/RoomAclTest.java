package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.protocol.crypto.Identity;

class RoomAclTest {

    private final InMemoryAclStore store = new InMemoryAclStore();
    private final List<RoomClient> evicted = new ArrayList<>();
    private final RoomAcl acl = new RoomAcl("lobby", store, 3, evicted::add);

    @Test
    void aFullListEvictsTheLeastActiveNonAdminAndForgetsItInTheStore() {
        RoomClient admin = admit("admin", RoomRole.ADMIN, 1);
        admit("old", RoomRole.READ_WRITE, 5);
        admit("recent", RoomRole.READ_WRITE, 9);

        admit("new", RoomRole.READ_WRITE, 10);

        assertThat(evicted).extracting(c -> c.identity).containsExactly(id("old"));
        assertThat(acl.all()).extracting(c -> c.identity).containsExactly(admin.identity, id("recent"), id("new"));
        assertThat(store.load("lobby")).extracting(AclEntry::publicKey)
                .doesNotContain(id("old").publicKey()).contains(id("new").publicKey());
    }

    @Test
    void adminsAreNeverEvictedSoAListFullOfAdminsAdmitsNobody() {
        admit("a1", RoomRole.ADMIN, 1);
        admit("a2", RoomRole.ADMIN, 1);
        admit("a3", RoomRole.ADMIN, 1);

        assertThat(acl.admit(id("late"), RoomRole.READ_WRITE)).isEmpty();
        assertThat(evicted).isEmpty();
    }

    @Test
    void everyClientIsReloadedWithItsCursorAndReplayTimestamp() {
        RoomClient c = admit("alice", RoomRole.READ_WRITE, 7);
        c.syncSince = 1234;
        c.lastTimestamp = 99;
        acl.save(c);

        RoomAcl reloaded = new RoomAcl("lobby", store, 3, evicted::add);
        reloaded.load();
        RoomClient back = reloaded.get(id("alice").publicKey()).orElseThrow();
        assertThat(back.syncSince).isEqualTo(1234);
        assertThat(back.lastTimestamp).isEqualTo(99);
        assertThat(back.role).isEqualTo(RoomRole.READ_WRITE);
    }

    private RoomClient admit(String name, RoomRole role, long activity) {
        RoomClient c = acl.admit(id(name), role).orElseThrow();
        c.lastActivity = activity;
        acl.save(c);
        return c;
    }

    private static Identity id(String name) {
        return SimIdentities.derive(name, 3).identity();
    }
}
