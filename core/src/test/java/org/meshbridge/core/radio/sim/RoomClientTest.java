package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.RoomLogin;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * The companion's room-client side (spec §7.3–7.5) against a scripted room that answers the way
 * {@code simple_room_server} does: a flood login gets a PATH return carrying the 13-byte login
 * RESPONSE, a post gets a 4-byte ACK, and a push is a SIGNED_PLAIN TXT_MSG whose ACK the client
 * must compute with its own key.
 */
class RoomClientTest {

    private static final long SEED = 99;

    @Test
    void aCompanionLogsInPostsAndAcksAPushThroughARepeater() throws MalformedFrameException {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion alice = mesh.companion("alice");
        mesh.repeater("r1");
        ScriptedRoom room = new ScriptedRoom(mesh);
        mesh.line("alice", "r1", "lobby");
        room.advert();
        mesh.run(Duration.ofSeconds(10));
        assertThat(alice.contact("lobby").orElseThrow().type()).contains(NodeType.ROOM);

        alice.login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));

        assertThat(room.logins).singleElement().satisfies(login -> {
            assertThat(login.passwordString()).isEqualTo("hello");
            assertThat(login.syncSince()).isZero();
        });
        assertThat(alice.logins()).containsExactly(new LoginResult("lobby", true, ScriptedRoom.SERVER_TIME, 0, 2, 1));
        assertThat(alice.contact("lobby").orElseThrow().outPath()).isPresent();

        Delivery post = alice.sendText("lobby", "first post");
        mesh.run(Duration.ofSeconds(20));
        assertThat(room.posts).containsExactly("first post");
        assertThat(post.state()).isEqualTo(Delivery.State.DELIVERED);

        TextMessageContent push = room.push(alice, Bytes.fromHex("a1b2c3d4"), "welcome to the lobby");
        mesh.run(Duration.ofSeconds(20));

        assertThat(alice.roomPosts()).singleElement().satisfies(p -> {
            assertThat(p.room()).isEqualTo("lobby");
            assertThat(p.authorPrefix()).isEqualTo(Bytes.fromHex("a1b2c3d4"));
            assertThat(p.text()).isEqualTo("welcome to the lobby");
        });
        assertThat(room.acks).contains(AckHash.forSignedPlainText(push, alice.identity().publicKey()));
        assertThat(alice.contact("lobby").orElseThrow().syncSince()).isEqualTo(push.timestamp());

        alice.login("lobby", "hello");
        mesh.run(Duration.ofSeconds(10));
        assertThat(room.logins).last().extracting(RoomLogin::syncSince).isEqualTo(push.timestamp());
    }

    /** Just enough of a room server to exercise the client; the real one is meshbridge's own. */
    private static final class ScriptedRoom extends SimMesh {
        static final long SERVER_TIME = 1_735_689_600L;
        final List<RoomLogin> logins = new ArrayList<>();
        final List<String> posts = new ArrayList<>();
        final List<AckHash> acks = new ArrayList<>();
        private Identity client;
        private PeerLink link;

        ScriptedRoom(SimMeshHarness mesh) {
            super("lobby", SimIdentities.derive("lobby", mesh.seed), mesh.air, new SplittableRandom(mesh.seed), 0.5, 0.2);
        }

        void advert() {
            sendFlood(SimCrypto.advert(identity(), rtcNowUnique(),
                    AdvertAppData.of(NodeType.ROOM, name(), Optional.of(new AdvertAppData.Location(0, 0)))), Duration.ZERO);
        }

        /** A push as {@code pushPostToClient} builds it, flooded (the client's path is unknown to this room). */
        TextMessageContent push(SimCompanion to, Bytes authorPrefix, String text) {
            TextMessageContent message = TextMessageContent.signedPlain(SERVER_TIME + 10, 1, authorPrefix, text);
            sendFlood(link.seal(message), Duration.ZERO);
            return message;
        }

        @Override
        boolean onAnonRequest(Packet packet, AnonRequestPayload request) {
            Optional<RoomLogin> login;
            try {
                login = request.openRoomLogin(identity());
            } catch (MalformedFrameException e) {
                return true;
            }
            if (login.isEmpty()) {
                return false;
            }
            logins.add(login.get());
            client = request.sender();
            link = PeerLink.between(identity(), client);
            Bytes body = new ByteWriter(9).u8(0).u8(0).u8(0).u8(2).u32(0x01020304L).u8(1).toBytes();
            PathContent reply = PathContent.withResponse(packet.path(), new ResponseContent(SERVER_TIME, body));
            sendFlood(link.seal(reply), Duration.ofMillis(300));
            return true;
        }

        @Override
        boolean onPeerDatagram(Packet packet, PeerDatagram datagram) {
            if (client == null || datagram.srcHash() != client.hash()) {
                return false;
            }
            Optional<Bytes> plain = link.decrypt(datagram);
            if (plain.isEmpty()) {
                return false;
            }
            try {
                if (packet.is(PayloadType.TXT_MSG)) {
                    TextMessageContent message = TextMessageContent.decode(plain.get());
                    posts.add(message.textString());
                    sendFlood(AckPayload.of(AckHash.forPlainText(message, client.publicKey())), Duration.ofMillis(200));
                } else if (packet.is(PayloadType.PATH)) {
                    PathContent.decode(plain.get()).ack().ifPresent(acks::add);
                }
            } catch (MalformedFrameException e) {
                return true;
            }
            return true;
        }
    }
}
