package org.meshbridge.core.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.radio.sim.DirectMessage;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;

/** Virtual companions on the virtual clock: DMs both ways, many sessions, hosted and remote room logins, channels. */
class VirtualCompanionsIT {

    private static final long SEED = 11;
    private final CompanionMesh mesh = new CompanionMesh(SEED);

    private static InboxMessage.Direct direct(CompanionSession s) {
        return (InboxMessage.Direct) s.next().orElseThrow();
    }

    @Test
    void aDmFromRfReachesEverySessionOfTheAccountAndIsAcked() {
        mesh.introduce();
        List<String> told = new ArrayList<>();
        CompanionSession phone = mesh.alice.openSession(() -> told.add("phone"));
        CompanionSession bot = mesh.alice.openSession(() -> told.add("bot"));
        CompanionSession bobs = mesh.bob.openSession(() -> told.add("bob"));

        var sent = mesh.dana.sendText("alice", "hello alice");
        mesh.run(Duration.ofSeconds(20));

        assertThat(sent.state()).as("seed %s", SEED).isEqualTo(org.meshbridge.core.radio.sim.Delivery.State.DELIVERED);
        assertThat(told).containsExactly("phone", "bot");
        for (CompanionSession s : List.of(phone, bot)) {
            InboxMessage.Direct m = direct(s);
            assertThat(m.text()).isEqualTo("hello alice");
            assertThat(m.sender()).isEqualTo(mesh.dana.identity().publicKey());
            assertThat(m.signal()).isPresent();
        }
        assertThat(bobs.next()).isEmpty();
    }

    @Test
    void aDmToAnRfNodeIsDeliveredWithItsAck() throws Exception {
        mesh.introduce();
        OutgoingText out = mesh.alice.sendText(prefix(mesh.dana.identity().publicKey()), "hi dana");
        CompletableFuture<Delivery> delivery = out.delivery().toCompletableFuture();
        mesh.run(Duration.ofSeconds(20));

        assertThat(out.flood()).isTrue();
        assertThat(delivery).isCompletedWithValueMatching(d -> d instanceof Delivery.Delivered);
        assertThat(mesh.dana.directMessages()).extracting(DirectMessage::text).containsExactly("hi dana");
    }

    @Test
    void aDmBetweenTwoAccountsHereNeverTouchesTheRadio() throws Exception {
        CompanionSession bobs = mesh.bob.openSession(() -> { });
        long before = mesh.air.counters().sent();
        OutgoingText out = mesh.alice.sendText(prefix(mesh.bob.identity().publicKey()), "hi bob");

        assertThat(out.delivery().toCompletableFuture()).isCompletedWithValueMatching(d -> d instanceof Delivery.Delivered);
        assertThat(direct(bobs).text()).isEqualTo("hi bob");
        assertThat(mesh.air.counters().sent()).isEqualTo(before);
    }

    @Test
    void aHostedRoomLoginChecksThePasswordDeliversHistoryAndNewPostsButNotOwnOnes() throws Exception {
        CompanionSession s = mesh.alice.openSession(() -> { });
        mesh.rooms.post(CompanionMesh.LOBBY, "web", "before login");
        mesh.run(Duration.ofSeconds(1));
        Bytes lobby = mesh.lobby.identity().publicKey();

        LoginResult wrong = mesh.alice.login(lobby, "nope").toCompletableFuture().getNow(null);
        assertThat(wrong.success()).isFalse();
        LoginResult ok = mesh.alice.login(lobby, CompanionMesh.PASSWORD).toCompletableFuture().getNow(null);
        assertThat(ok.success()).isTrue();
        assertThat(direct(s).text()).isEqualTo("web: before login");

        mesh.alice.sendText(prefix(lobby), "my own post");
        mesh.rooms.post(CompanionMesh.LOBBY, "web", "after login");
        mesh.run(Duration.ofSeconds(1));
        InboxMessage.Direct post = direct(s);
        assertThat(post.text()).isEqualTo("web: after login");
        assertThat(post.txtType()).isEqualTo(2);
        assertThat(post.sender()).isEqualTo(lobby);
        assertThat(s.next()).as("alice's own post is not echoed").isEmpty();
        assertThat(mesh.alice.requestStatus(lobby).toCompletableFuture())
                .isCompletedWithValue(mesh.lobby.stats().encode());
        assertThat(mesh.rooms.latest(CompanionMesh.LOBBY, 3)).extracting(p -> p.authorName() + ": " + p.text())
                .contains("alice: my own post");
    }

    @Test
    void aRemoteRoomIsLoggedInToAndAskedForItsStatusOverRf() throws Exception {
        mesh.introduce();
        Bytes far = mesh.remote.identity().publicKey();
        CompletableFuture<LoginResult> login = mesh.alice.login(far, CompanionMesh.PASSWORD).toCompletableFuture();
        mesh.run(Duration.ofSeconds(20));
        assertThat(login).isCompletedWithValueMatching(LoginResult::success);

        CompletableFuture<Bytes> status = mesh.alice.requestStatus(far).toCompletableFuture();
        mesh.run(Duration.ofSeconds(20));
        assertThat(status).as("the 52-byte stats, with the cipher's zero padding as the firmware passes it on")
                .isCompletedWithValueMatching(b -> b.size() >= org.meshbridge.core.room.ServerStats.BYTES);

        CompletableFuture<LoginResult> refused = mesh.alice.login(far, "wrong").toCompletableFuture();
        mesh.run(Duration.ofSeconds(70));
        assertThat(refused).as("a refused login gets no answer; it times out").isCompletedExceptionally();
    }

    @Test
    void aCompanionAdvertsOnlyWhenItsAppAsksEvenOnANodeThatAdvertsOnASchedule() {
        CompanionMesh mesh = new CompanionMesh(SEED, false, org.meshbridge.core.node.AdvertSchedule.DEFAULT);
        mesh.run(Duration.ofHours(2));
        assertThat(mesh.dana.contact("alice")).isEmpty();

        mesh.alice.advert(true);
        mesh.run(Duration.ofSeconds(10));
        assertThat(mesh.dana.contact("alice")).isPresent();
    }

    @Test
    void aTraceAlongARepeaterComesBackWithItsSnr() throws Exception {
        CompanionMesh mesh = new CompanionMesh(SEED, true);
        mesh.introduce();
        Bytes hop = Bytes.of(new byte[] {(byte) mesh.remoteNode.identity().identity().hash()});
        CompletableFuture<TraceResult> trace = mesh.alice.trace(0x1234, 0x55, 0, hop).toCompletableFuture();
        mesh.run(Duration.ofSeconds(10));

        assertThat(trace).isCompletedWithValueMatching(t -> t.tag() == 0x1234 && t.hopHashes().equals(hop)
                && t.snrs().size() == 1 && t.snrs().get(0) == 24, "one SNR byte from the repeater (6 dB)");
    }

    @Test
    void channelsArePerAccountAndAClosedServerChannelIsNotSentOn() throws Exception {
        mesh.introduce();
        CompanionSession bobs = mesh.bob.openSession(() -> { });
        mesh.alice.sendChannelText(0, 0, "on public");
        mesh.run(Duration.ofSeconds(10));
        assertThat(((InboxMessage.Channel) bobs.next().orElseThrow()).text()).isEqualTo("alice: on public");
        assertThat(mesh.dana.channelMessages()).extracting(m -> m.message()).contains("on public");

        assertThatThrownBy(() -> mesh.alice.sendChannelText(1, 0, "club news")).isInstanceOfSatisfying(
                CompanionException.class, e -> assertThat(e.reason()).isEqualTo(CompanionException.Reason.NOT_ALLOWED));
        mesh.alice.setChannel(1, "my club", ChannelKey.hashtag("#mine"));
        mesh.alice.sendChannelText(1, 0, "mine");
        assertThat(mesh.bob.channel(1)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("club"));
        mesh.alice.setChannel(2, "club again", CompanionMesh.CLUB);
        assertThatThrownBy(() -> mesh.alice.sendChannelText(2, 0, "sneaky")).isInstanceOf(CompanionException.class);
        assertThatThrownBy(() -> mesh.alice.sendChannelText(5, 0, "empty")).isInstanceOfSatisfying(
                CompanionException.class, e -> assertThat(e.reason()).isEqualTo(CompanionException.Reason.NOT_FOUND));
    }

    @Test
    void unknownContactsAndOverlongTextsAreTypedErrors() {
        assertThatThrownBy(() -> mesh.alice.sendText(Bytes.fromHex("0102030405ff"), "x")).isInstanceOfSatisfying(
                CompanionException.class, e -> assertThat(e.reason()).isEqualTo(CompanionException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> mesh.alice.sendText(prefix(mesh.bob.identity().publicKey()), "x".repeat(300)))
                .isInstanceOfSatisfying(CompanionException.class,
                        e -> assertThat(e.reason()).isEqualTo(CompanionException.Reason.ILLEGAL_ARGUMENT));
    }

    private static Bytes prefix(Bytes key) {
        return key.prefix(6);
    }
}
