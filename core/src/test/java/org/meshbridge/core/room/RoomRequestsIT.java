package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.RoomLogin;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * Requests and admin commands a stock client makes through its app (status, telemetry, ACL,
 * CLI), sent from a probe node two hops away, answered as the firmware room answers.
 */
class RoomRequestsIT {

    private RoomMesh mesh;
    private Room room;
    private RoomMesh.Probe admin;
    private long clock = 1_800_000_000L;

    @BeforeEach
    void openRoomAndLogInAsAdmin() {
        mesh = new RoomMesh(11, new InMemoryPostStore(Clock.fixed(ManualScheduler.DEFAULT_START, ZoneOffset.UTC)),
                new InMemoryAclStore());
        room = Room.open(mesh.config("lobby"), mesh.host());
        admin = mesh.probe("probe", room.identity());
        login(admin, "secret");
        assertThat(admin.endpoint().responses()).singleElement()
                .satisfies(r -> assertThat(body(r).get(2)).as("admin flag").isEqualTo(1));
    }

    @Test
    void getStatusAnswersTheFiftyTwoByteServerStatsWithTheRequestTag() {
        ResponseContent status = request(RequestType.GET_STATUS, Bytes.zeros(4));

        assertThat(status.tag()).isEqualTo(clock);
        assertThat(status.body().size()).isGreaterThanOrEqualTo(ServerStats.BYTES);
        Bytes stats = status.body().prefix(ServerStats.BYTES);
        assertThat(u32(stats, 4)).as("packets received").isPositive();
        assertThat(u32(stats, 8)).as("packets sent").isPositive();
    }

    @Test
    void telemetryIsCayenneLppVoltageOnChannelOne() {
        ResponseContent telemetry = request(RequestType.GET_TELEMETRY_DATA, Bytes.zeros(4));

        assertThat(telemetry.body().prefix(4)).isEqualTo(Bytes.fromHex("01740000"));
    }

    @Test
    void theAccessListNamesTheAdminsBySixBytePrefixAndRole() {
        ResponseContent acl = request(RequestType.GET_ACCESS_LIST, Bytes.zeros(4));

        Bytes expected = admin.identity().publicKey().prefix(6).concat(Bytes.of((byte) 3));
        assertThat(acl.body().prefix(7)).isEqualTo(expected);
    }

    @Test
    void cliCommandsAreAnsweredWithCliDataAndTheirTagEchoed() {
        assertThat(command("get role")).isEqualTo("> room_server");
        assertThat(command("ab|get allow.read.only")).isEqualTo("ab|> off");
        assertThat(command("set allow.read.only on")).isEqualTo("OK");
        assertThat(command("get allow.read.only")).isEqualTo("> on");
        assertThat(command("set guest.password letmein")).isEqualTo("OK");
        assertThat(command("password n3w")).isEqualTo("password now: n3w");
        assertThat(command("frobnicate")).isEqualTo("Unknown command");
        assertThat(command("room.post Welcome to the lobby")).isEqualTo("OK");
        mesh.run(Duration.ofSeconds(1));
        assertThat(mesh.host().posts().latest("lobby", 1)).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(PostOrigin.SYSTEM);
            assertThat(p.text()).isEqualTo("Welcome to the lobby");
            assertThat(p.authorKey()).contains(room.identity().publicKey());
        });
    }

    @Test
    void setpermAddsAndRemovesClientsAndChangedPasswordsApplyAtOnce() {
        RoomMesh.Probe guest = mesh.probe("guest", room.identity());
        String key = guest.identity().publicKey().hex();
        assertThat(command("setperm " + key + " 2")).isEqualTo("OK");
        assertThat(room.members()).extracting(RoomMember::role).containsExactly(RoomRole.ADMIN, RoomRole.READ_WRITE);
        assertThat(command("setperm " + key.substring(0, 8) + " 0")).isEqualTo("OK");
        assertThat(room.members()).hasSize(1);
        assertThat(command("setperm zz 2")).isEqualTo("Err - bad pubkey");

        command("set guest.password opensesame");
        login(guest, "opensesame");
        assertThat(guest.endpoint().responses()).singleElement()
                .satisfies(r -> assertThat(body(r).get(3)).as("permissions").isEqualTo(2));
    }

    @Test
    void aNonAdminGetsNoCliReplyAndNoAccessList() {
        RoomMesh.Probe user = mesh.probe("user", room.identity());
        login(user, "hello");
        int before = cliReplies(user).size();
        send(user, PayloadType.TXT_MSG, TextMessageContent.cliData(++clock, 0, "get role").encode());
        send(user, PayloadType.REQ, RequestContent.fixed(++clock, RequestType.GET_ACCESS_LIST, Bytes.zeros(4)).encode());
        mesh.run(Duration.ofSeconds(15));
        assertThat(cliReplies(user)).hasSize(before);
        assertThat(user.endpoint().responses()).hasSize(1);
    }

    @Test
    void aReplayedRequestTimestampIsIgnored() {
        send(admin, PayloadType.REQ, RequestContent.fixed(clock - 5, RequestType.GET_STATUS, Bytes.zeros(4)).encode());
        mesh.run(Duration.ofSeconds(15));
        assertThat(admin.endpoint().responses()).hasSize(1);
    }

    @Test
    void aDirectKeepAliveIsAnsweredWithAnAckCarryingTheUnsyncedCount() {
        room.postFromInternet("web", "one");
        room.postFromInternet("web", "two");
        mesh.run(Duration.ofMillis(10));
        java.time.Instant before = mesh.scheduler.now();
        RequestContent keepAlive = RequestContent.keepAlive(++clock, 0);

        send(admin, PayloadType.REQ, keepAlive.encode());
        mesh.run(Duration.ofSeconds(5));   // the posts are younger than 6 s: not pushed yet, so both are unsynced

        org.meshbridge.protocol.payload.AckHash expected =
                org.meshbridge.protocol.payload.AckHash.forKeepAlive(keepAlive, admin.identity().publicKey());
        assertThat(mesh.sent).filteredOn(s -> s.sender().equals(RoomMesh.BRIDGE) && !s.at().isBefore(before) && s.is(PayloadType.ACK))
                .singleElement().satisfies(s -> {
                    assertThat(s.packet().route().isFlood()).isFalse();
                    assertThat(s.packet().payload()).isEqualTo(expected.value().concat(Bytes.of((byte) 2)));
                });
    }

    private void login(RoomMesh.Probe probe, String password) {
        probe.node().sendAnonRequest(probe.identity(), room.identity().identity(), RoomLogin.of(++clock, 0, password),
                TrafficOrigin.LOCAL);
        mesh.run(Duration.ofSeconds(15));
    }

    private ResponseContent request(RequestType type, Bytes random) {
        int before = admin.endpoint().responses().size();
        send(admin, PayloadType.REQ, RequestContent.fixed(++clock, type, random).encode());
        mesh.run(Duration.ofSeconds(15));
        List<PeerMessage> responses = admin.endpoint().responses();
        assertThat(responses).hasSize(before + 1);
        return decode(responses.get(before));
    }

    private String command(String line) {
        int before = cliReplies(admin).size();
        send(admin, PayloadType.TXT_MSG, TextMessageContent.cliData(++clock, 0, line).encode());
        mesh.run(Duration.ofSeconds(15));
        List<TextMessageContent> replies = cliReplies(admin);
        assertThat(replies).as("a reply to %s", line).hasSize(before + 1);
        return replies.get(before).textString();
    }

    private static List<TextMessageContent> cliReplies(RoomMesh.Probe probe) {
        return probe.endpoint().texts().stream().map(m -> m.text().orElseThrow()).filter(t -> t.txtTypeCode() == 1).toList();
    }

    private void send(RoomMesh.Probe probe, PayloadType type, Bytes plaintext) {
        try {
            if (type == PayloadType.REQ) {
                probe.node().sendRequest(probe.identity(), room.identity().identity(), RequestContent.decode(plaintext), TrafficOrigin.LOCAL);
            } else {
                probe.node().sendUntrackedText(probe.identity(), room.identity().identity(), TextMessageContent.decode(plaintext),
                        TrafficOrigin.LOCAL);
            }
        } catch (org.meshbridge.protocol.bytes.MalformedFrameException e) {
            throw new AssertionError("the test built a bad plaintext", e);
        }
    }

    private static Bytes body(PeerMessage response) {
        return decode(response).body();
    }

    private static ResponseContent decode(PeerMessage response) {
        try {
            return ResponseContent.decode(response.plaintext());
        } catch (MalformedFrameException e) {
            throw new AssertionError(e);
        }
    }

    private static long u32(Bytes b, int offset) {
        return b.get(offset) | (long) b.get(offset + 1) << 8 | (long) b.get(offset + 2) << 16 | (long) b.get(offset + 3) << 24;
    }
}
