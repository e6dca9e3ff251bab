package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.sim.LinkQuality;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * Late-ACK tolerance: a push the node gave up on whose ACK still arrives within the node's
 * late-ACK grace counts as delivered (cursor moved, failures forgiven) and is not pushed again.
 */
class RoomLateAckIT {

    private final RoomMesh mesh = new RoomMesh(7, new InMemoryPostStore(Clock.fixed(ManualScheduler.DEFAULT_START, ZoneOffset.UTC)),
            new InMemoryAclStore(), "bob");

    @Test
    void aPushWhoseAckArrivesAfterTheNodeGaveUpCountsAsDeliveredAndIsNotPushedAgain() {
        Room lobby = mesh.openAndAdvertise(mesh.config("lobby"));
        mesh.companion("bob").login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        assertThat(mesh.companion("bob").logins()).hasSize(1);

        // Bob hears the pushes, but nothing from the repeater reaches the bridge: his ACKs are held back.
        mesh.air.removeLink(RoomMesh.REPEATER, RoomMesh.BRIDGE);
        Instant cut = mesh.scheduler.now();
        var stored = lobby.postFromInternet("erin", "late hello").toCompletableFuture();
        mesh.run(Duration.ofSeconds(1));
        assertThat(stored).isCompleted();
        Post post = stored.join();
        runUntilPushFailed();
        RoomMember failed = lobby.members().get(0);
        assertThat(failed.pushFailures()).isPositive();
        assertThat(failed.syncSince()).isLessThan(post.timestamp());
        assertThat(mesh.companion("bob").roomPosts()).anySatisfy(p -> assertThat(p.text()).contains("late hello"));
        List<RoomMesh.Sent> heldAcks = mesh.sent.stream()
                .filter(s -> s.sender().equals(RoomMesh.REPEATER) && !s.at().isBefore(cut)
                        && (s.is(PayloadType.ACK) || s.is(PayloadType.PATH)))
                .toList();
        assertThat(heldAcks).as("bob's ACKs, forwarded by the repeater but lost").isNotEmpty();

        // The link comes back and the last ACK the repeater forwarded reaches the bridge, within the grace.
        mesh.air.setLink(RoomMesh.REPEATER, RoomMesh.BRIDGE, LinkQuality.good());
        mesh.air.transmit(RoomMesh.REPEATER, heldAcks.get(heldAcks.size() - 1).frame(), () -> { });
        mesh.run(Duration.ofSeconds(5));

        RoomMember late = lobby.members().get(0);
        assertThat(late.syncSince()).isEqualTo(post.timestamp());
        assertThat(late.pushFailures()).isZero();
        assertThat(mesh.events(RoomEvent.PushDelivered.class)).singleElement()
                .satisfies(d -> assertThat(d.postTimestamp()).isEqualTo(post.timestamp()));

        // Bob is heard again (which forgives failures anyway): the post is not pushed to him again.
        Instant afterLate = mesh.scheduler.now();
        mesh.companion("bob").sendText("lobby", "got it");
        mesh.run(Duration.ofSeconds(90));
        assertThat(mesh.bridgeSent(PayloadType.TXT_MSG, afterLate)).isZero();
        assertThat(lobby.members().get(0).syncSince()).isEqualTo(post.timestamp());
    }

    /** Runs until the room reports the push given up (bounded: the node's attempts end well within 3 minutes). */
    private void runUntilPushFailed() {
        for (int second = 0; second < 180 && mesh.events(RoomEvent.PushFailed.class).isEmpty(); second++) {
            mesh.run(Duration.ofSeconds(1));
        }
        assertThat(mesh.events(RoomEvent.PushFailed.class)).as("the node gave up on the push").isNotEmpty();
    }
}
