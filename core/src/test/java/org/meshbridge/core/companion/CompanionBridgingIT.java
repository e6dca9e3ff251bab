package org.meshbridge.core.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.radio.sim.AirListener;
import org.meshbridge.core.radio.sim.LinkQuality;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * What ties the companions to the rest of the server, on the virtual clock: channel texts into the
 * channel room (and web posts back to the companions), app resends joining the node's retries,
 * late ACKs, and get-or-open from other threads.
 */
class CompanionBridgingIT {

    private static final long SEED = 23;
    private final CompanionMesh mesh = new CompanionMesh(SEED);

    @Test
    void aCompanionsChannelTextIsStoredOnceInTheChannelRoomAndReachesEveryoneElseOnce() throws Exception {
        mesh.introduce();
        List<Post> stored = new ArrayList<>();
        mesh.events.addListener(e -> {
            if (e instanceof RoomEvent.PostStored s && s.room().equals(CompanionMesh.PUBLIC_ROOM)) {
                stored.add(s.post());
            }
        });
        CompanionSession bobs = mesh.bob.openSession(() -> { });
        CompanionSession alices = mesh.alice.openSession(() -> { });

        mesh.alice.sendChannelText(0, 0, "hello all");
        mesh.run(Duration.ofSeconds(10));

        assertThat(stored).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("hello all");
            assertThat(p.authorName()).isEqualTo("alice");
            assertThat(p.origin()).isEqualTo(PostOrigin.INTERNET);
            assertThat(p.authorKey()).contains(mesh.alice.identity().publicKey());
        });
        assertThat(mesh.rooms.latest(CompanionMesh.PUBLIC_ROOM, 10)).extracting(Post::text).containsExactly("hello all");
        assertThat(((InboxMessage.Channel) bobs.next().orElseThrow()).text()).isEqualTo("alice: hello all");
        assertThat(bobs.next()).isEmpty();
        assertThat(alices.next()).as("no echo of its own text").isEmpty();
        assertThat(mesh.dana.channelMessages()).extracting(m -> m.message()).containsExactly("hello all");
    }

    @Test
    void aWebPostOnATransmittedChannelRoomReachesTheCompanionsHoldingTheChannelOnce() {
        mesh.introduce();
        CompanionSession bobs = mesh.bob.openSession(() -> { });
        CompanionSession alices = mesh.alice.openSession(() -> { });

        mesh.rooms.post(CompanionMesh.PUBLIC_ROOM, "carol", "from the web");
        mesh.run(Duration.ofSeconds(10));

        for (CompanionSession s : List.of(bobs, alices)) {
            InboxMessage.Channel m = (InboxMessage.Channel) s.next().orElseThrow();
            assertThat(m.text()).isEqualTo("carol: from the web");
            assertThat(m.channelIdx()).isZero();
            assertThat(s.next()).isEmpty();
        }
        assertThat(mesh.dana.channelMessages()).extracting(m -> m.message()).containsExactly("from the web");
    }

    @Test
    void aResendWhileTheNodeStillRetriesJoinsTheMessageInsteadOfSendingItAgain() throws Exception {
        mesh.introduce();
        mesh.air.removeLink("dana", "bridge");
        List<Bytes> bridgeFrames = new ArrayList<>();
        mesh.air.addListener((AirListener) (sender, frame, at, onAir) -> {
            if (sender.equals("bridge")) {
                bridgeFrames.add(frame);
            }
        });
        long ts = mesh.scheduler.now().getEpochSecond();
        Bytes dana = mesh.dana.identity().publicKey().prefix(6);

        OutgoingText first = mesh.alice.sendText(dana, 0, 0, ts, "only once");
        mesh.run(Duration.ofSeconds(1));
        OutgoingText resend = mesh.alice.sendText(dana, 0, 1, ts, "only once");
        assertThat(resend).isSameAs(first);
        mesh.run(Duration.ofMinutes(1));

        assertThat(first.delivery().toCompletableFuture()).isCompletedWithValueMatching(d -> d instanceof Delivery.Failed);
        assertThat(bridgeFrames).as("the node's own three attempts, no second stream").hasSize(3);
        OutgoingText afterGivingUp = mesh.alice.sendText(dana, 0, 2, ts, "only once");
        assertThat(afterGivingUp).isNotSameAs(first);
        assertThat(afterGivingUp.expectedAck()).isNotEqualTo(first.expectedAck());
    }

    @Test
    void anAckAfterTheNodeGaveUpCompletesTheLateConfirmation() throws Exception {
        mesh.introduce();
        mesh.air.removeLink("dana", "bridge");
        long ts = mesh.scheduler.now().getEpochSecond();
        OutgoingText out = mesh.alice.sendText(mesh.dana.identity().publicKey().prefix(6), 0, 0, ts, "late one");
        mesh.run(Duration.ofMinutes(1));
        assertThat(out.delivery().toCompletableFuture()).isCompletedWithValueMatching(d -> d instanceof Delivery.Failed);
        CompletableFuture<Delivery.DeliveredLate> late = out.deliveredLate().toCompletableFuture();
        assertThat(late).isNotDone();

        Bytes secondAttemptsAck = AckHash.forPlainText(new TextMessageContent(ts, 0, 1, Optional.empty(), Bytes.utf8("late one")),
                mesh.alice.identity().publicKey()).value();
        mesh.air.setLink("dana", "bridge", LinkQuality.perfect(24, -70));
        mesh.air.transmit("dana", Packet.flood(PayloadType.ACK, secondAttemptsAck).encode(), () -> { });
        mesh.run(Duration.ofSeconds(5));

        assertThat(late).isCompletedWithValueMatching(d -> d.ack().value().equals(secondAttemptsAck));
    }

    @Test
    void openOrGetFromManyThreadsOpensOneCompanionThatTheMeshReaches() throws Exception {
        mesh.introduce();
        LocalIdentity carolKey = SimIdentities.derive("carol", SEED);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<VirtualCompanion>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return mesh.companions.openOrGet("carol", carolKey, "carol");
                }, threads));
            }
            go.countDown();
            VirtualCompanion carol = opened.get(0).get(30, TimeUnit.SECONDS);
            for (CompletableFuture<VirtualCompanion> f : opened) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isSameAs(carol);
            }
            assertThat(mesh.companions.get("carol")).containsSame(carol);
            assertThat(mesh.companions.openOrGet("alice", mesh.alice.identity(), "x")).isSameAs(mesh.alice);
            assertThatThrownBy(() -> mesh.companions.openOrGet("carol", SimIdentities.derive("other", SEED), "carol"))
                    .isInstanceOf(IllegalArgumentException.class);

            CompanionSession carols = carol.openSession(() -> { });
            mesh.scheduler.execute(() -> carol.advert(true));
            mesh.run(Duration.ofSeconds(10));
            mesh.dana.sendText("carol", "hi carol");
            mesh.run(Duration.ofSeconds(20));
            assertThat(((InboxMessage.Direct) carols.next().orElseThrow()).text()).isEqualTo("hi carol");
        } finally {
            threads.shutdownNow();
        }
    }
}
