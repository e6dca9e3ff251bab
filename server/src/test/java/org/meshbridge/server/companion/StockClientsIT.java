package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.sim.DirectMessage;

/**
 * Issue 6's "done when": stock meshcore.js 1.13.0 clients over TCP, two on account alice and one on
 * bob, connected at once to a bridge with a hosted room and an RF companion (Dana) on the simulated
 * air. Each sees what it should and nothing else.
 */
class StockClientsIT {

    private CompanionFixture fx;
    private final List<MeshcoreJsClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fx = new CompanionFixture("alice", "bob");
    }

    @AfterEach
    void stop() {
        clients.forEach(MeshcoreJsClient::close);
        fx.close();
    }

    private MeshcoreJsClient client(String account) throws Exception {
        MeshcoreJsClient c = MeshcoreJsClient.connect(fx.address(account));
        clients.add(c);
        return c;
    }

    private String key(String account) {
        return fx.companion(account).identity().publicKey().hex();
    }

    @Test
    void threeClientsOnTwoAccountsEachSeeTheirOwnAccount() throws Exception {
        MeshcoreJsClient alice1 = client("alice");
        MeshcoreJsClient alice2 = client("alice");
        MeshcoreJsClient bob = client("bob");

        assertThat(alice1.call("getSelfInfo").path("publicKey").asText()).isEqualToIgnoringCase(key("alice"));
        assertThat(alice2.call("getSelfInfo").path("name").asText()).isEqualTo("alice");
        assertThat(bob.call("getSelfInfo").path("publicKey").asText()).isEqualToIgnoringCase(key("bob"));
        JsonNode contacts = alice1.call("getContacts");
        assertThat(contacts.findValuesAsText("advName")).contains(CompanionFixture.ROOM, "bob").doesNotContain("alice");
        assertThat(contacts.findValues("type")).extracting(JsonNode::asInt).contains(3);

        // RF: Dana adverts, alice floods her advert from the stock client, Dana learns her
        fx.onLoop(() -> {
            fx.dana.advertNow(true);
            return null;
        });
        fx.await("the bridge heard Dana", () -> fx.node.contacts().all().stream().anyMatch(c -> c.name().equals("dana")));
        alice1.call("sendFloodAdvert");
        fx.await("Dana heard alice", () -> fx.dana.contact("alice").isPresent());

        // a DM from a stock client reaches the RF node and is ACKed back to that client only
        String danaKey = fx.dana.identity().publicKey().hex();
        JsonNode sent = alice1.call("sendTextMessage", danaKey, "hello dana from tcp", 0);
        assertThat(sent.has("expectedAckCrc")).isTrue();
        alice1.awaitEvent("SendConfirmed");
        fx.await("Dana got the DM", () -> fx.dana.directMessages().stream().map(DirectMessage::text)
                .anyMatch("hello dana from tcp"::equals));

        // a channel message from a stock client reaches the RF node, and bob's companion on the same channel
        alice1.call("sendChannelTextMessage", 0, "hello public");
        fx.await("Dana heard the channel message", () -> fx.dana.channelMessages().stream()
                .anyMatch(m -> m.message().equals("hello public") && m.sender().orElse("").equals("alice")));
        bob.awaitEvent("MsgWaiting");
        JsonNode onBob = bob.call("syncNextMessage");
        assertThat(onBob.path("channelMessage").path("text").asText()).isEqualTo("alice: hello public");

        // a DM from RF to alice: both alice clients get MsgWaiting and each reads it; bob reads nothing
        fx.onLoop(() -> fx.dana.sendText("alice", "hi alice, from the mesh"));
        alice1.awaitEvent("MsgWaiting");
        alice2.awaitEvent("MsgWaiting");
        for (MeshcoreJsClient c : List.of(alice1, alice2)) {
            JsonNode m = c.call("syncNextMessage");
            assertThat(m.path("contactMessage").path("text").asText()).isEqualTo("hi alice, from the mesh");
            assertThat(m.path("contactMessage").path("pubKeyPrefix").asText()).isEqualToIgnoringCase(danaKey.substring(0, 12));
            assertThat(c.call("syncNextMessage").isNull()).as("nothing else waits").isTrue();
        }
        assertThat(bob.call("syncNextMessage").isNull()).as("bob does not see alice's DM").isTrue();

        // login to the hosted room and receipt of its posts, on alice's account only
        String roomKey = fx.room.identity().publicKey().hex();
        JsonNode login = alice1.call("login", roomKey, CompanionFixture.GUEST_PASSWORD, 1000);
        assertThat(login.path("pubKeyPrefix").asText()).isEqualToIgnoringCase(roomKey.substring(0, 12));
        fx.rooms.post(CompanionFixture.ROOM, "web-user", "welcome to the lobby").toCompletableFuture()
                .get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        alice1.awaitEvent("MsgWaiting");
        JsonNode post = alice1.call("syncNextMessage");
        // a room post is txt_type 2 with the author's 4-byte key prefix before the text (firmware
        // queueMessage); meshcore.js 1.13.0 does not split it off, so its text starts with those bytes
        assertThat(post.path("contactMessage").path("txtType").asInt()).isEqualTo(2);
        assertThat(post.path("contactMessage").path("text").asText()).endsWith("web-user: welcome to the lobby");
        assertThat(post.path("contactMessage").path("pubKeyPrefix").asText()).isEqualToIgnoringCase(roomKey.substring(0, 12));
        assertThat(bob.call("syncNextMessage").isNull()).as("bob is not logged in to the lobby").isTrue();

        // a post from a stock client reaches the room's history
        alice2.call("sendTextMessage", roomKey, "posted over tcp", 0);
        alice2.awaitEvent("SendConfirmed");
        assertThat(fx.rooms.latest(CompanionFixture.ROOM, 1)).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("posted over tcp"))
                .satisfies(p -> assertThat(p.authorName()).isEqualTo("alice"));
        JsonNode own = alice1.call("syncNextMessage");
        assertThat(own.isNull() || !own.path("contactMessage").path("text").asText().contains("posted over tcp"))
                .as("the room does not echo alice's own post to alice").isTrue();
    }

    @Test
    void commandsThatWouldChangeTheSharedServerAreRefused() throws Exception {
        MeshcoreJsClient alice = client("alice");
        assertThat(alice.request("setRadioParams", 915_000, 250_000, 11, 5).has("error")).isTrue();
        assertThat(alice.request("setTxPower", 30).has("error")).isTrue();
        assertThat(alice.request("setAdvertName", "mallory").has("error")).isTrue();
        assertThat(alice.request("exportPrivateKey").has("error")).isTrue();
        assertThat(alice.call("getSelfInfo").path("name").asText()).isEqualTo("alice");
        assertThat(alice.call("getSelfInfo").path("radioSf").asInt()).isEqualTo(CompanionFixture.FAST.spreadingFactor());
    }
}
