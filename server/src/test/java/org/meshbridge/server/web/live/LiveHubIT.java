package org.meshbridge.server.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.Routes;
import org.meshbridge.server.web.WebSocketLimits;

/** The live hub behind a real HTTP listener, driven by real WebSocket clients on loopback. */
class LiveHubIT {

    /** An event body as the web app publishes them: a type, a room and a sequence number. */
    record Numbered(String type, String room, int seq, String padding) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, LiveViewer> TOKENS = Map.of(
            "t-alice", new TestViewer("alice", Set.of("lobby"), false),
            "t-bob", new TestViewer("bob", Set.of("lobby", "ops"), false),
            "t-root", new TestViewer("root", Set.of("lobby", "ops"), true));

    private LiveHub hub;
    private HttpServer server;
    private final List<LiveClient> clients = new ArrayList<>();

    private void start(WebSocketLimits limits) throws Exception {
        hub = new LiveHub(token -> token.equals("t-broken")
                ? CompletableFuture.failedStage(new IllegalStateException("accounts store unreachable"))
                : CompletableFuture.completedStage(Optional.ofNullable(TOKENS.get(token))), limits, JSON, Clock.systemUTC());
        server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(),
                HttpOptions.loopbackOnly().withWebSocket(hub.route())).start();
    }

    private LiveClient client(String token) throws Exception {
        LiveClient client = LiveClient.connect(server.port(), token);
        clients.add(client);
        return client;
    }

    @AfterEach
    void stop() {
        clients.forEach(LiveClient::close);
        if (hub != null) {
            hub.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyClientGetsEveryEventOnceAndInOrder() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        for (int i = 0; i < 40; i++) {
            client(i % 2 == 0 ? "t-alice" : "t-bob");
        }
        assertThat(hub.connectedClients()).isEqualTo(40);
        for (int seq = 0; seq < 300; seq++) {
            hub.publish(LiveEvent.room("lobby", new Numbered("post", "lobby", seq, "")));
        }
        hub.publish(LiveEvent.everyone(Map.of("type", "end")));
        List<Integer> expected = IntStream.range(0, 300).boxed().toList();
        for (LiveClient client : clients) {
            List<Integer> seen = new ArrayList<>();
            for (JsonNode message = client.next(); !message.path("type").asText().equals("end"); message = client.next()) {
                seen.add(message.path("seq").asInt());
            }
            assertThat(seen).isEqualTo(expected);
            assertThat(client.received).isEmpty();
        }
        assertThat(hub.stats().published()).isEqualTo(301);
        assertThat(hub.stats().delivered()).isEqualTo(301L * 40);
    }

    @Test
    void eventsReachOnlyViewersWhoMayReadTheirRoom() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        LiveClient alice = client("t-alice");
        LiveClient bob = client("t-bob");
        LiveClient root = client("t-root");
        hub.publish(LiveEvent.room("ops", Map.of("type", "post", "room", "ops")));
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        hub.publish(LiveEvent.admins(Map.of("type", "airtime")));
        hub.publish(LiveEvent.room("secret", Map.of("type", "post", "room", "secret")));
        hub.publish(LiveEvent.account("bob", Map.of("type", "dm", "room", "to-bob")));
        hub.publish(LiveEvent.everyone(Map.of("type", "end")));
        assertThat(drain(alice)).containsExactly("post:lobby");
        assertThat(drain(bob)).containsExactly("post:ops", "post:lobby", "dm:to-bob");
        assertThat(drain(root)).containsExactly("post:ops", "post:lobby", "airtime:");
    }

    @Test
    void aSubscriptionNarrowsRoomEventsAndRefusesUnreadableRooms() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        LiveClient bob = client("t-bob");
        bob.send("{\"type\":\"subscribe\",\"rooms\":[\"ops\",\"secret\"],\"id\":\"s1\"}");
        JsonNode answer = bob.expect("subscribed");
        assertThat(answer.toString()).isEqualTo("{\"type\":\"subscribed\",\"rooms\":[\"ops\"],\"refused\":[\"secret\"],"
                + "\"id\":\"s1\"}");
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        hub.publish(LiveEvent.room("ops", Map.of("type", "post", "room", "ops")));
        hub.publish(LiveEvent.everyone(Map.of("type", "end")));
        assertThat(drain(bob)).containsExactly("post:ops");
        bob.send("{\"type\":\"subscribe\"}");
        assertThat(bob.expect("subscribed").path("rooms").asText()).isEqualTo("*");
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        hub.publish(LiveEvent.everyone(Map.of("type", "end")));
        assertThat(drain(bob)).containsExactly("post:lobby");
    }

    @Test
    void pingIsAnsweredAndABadRequestGetsAnErrorWithoutClosing() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        LiveClient alice = client("t-alice");
        alice.send("{\"type\":\"ping\",\"id\":\"7\"}");
        assertThat(alice.expect("pong").path("id").asText()).isEqualTo("7");
        alice.send("{\"type\":\"post\",\"text\":\"hi\"}");
        JsonNode error = alice.expect("error");
        assertThat(error.path("error").asText()).isEqualTo("bad_request");
        assertThat(error.path("message").asText()).contains("unknown type");
        alice.send("{\"type\":\"ping\"}");
        alice.expect("pong");
    }

    @Test
    void anUpgradeWithoutAValidTokenIsRefusedWith401() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        String uri = "ws://127.0.0.1:" + server.port() + LiveHub.PATH;
        HttpClient http = HttpClient.newHttpClient();
        for (var builder : List.of(http.newWebSocketBuilder(),
                http.newWebSocketBuilder().subprotocols(LiveHub.SUBPROTOCOL, "bearer.t-nobody"),
                http.newWebSocketBuilder().header("Authorization", "Bearer t-nobody"))) {
            assertThatThrownBy(() -> LiveClient.open(builder, uri))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        }
        assertThat(hub.connectedClients()).isZero();
    }

    @Test
    void anAuthenticatorThatFailsIsA500NotAHang() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        String uri = "ws://127.0.0.1:" + server.port() + LiveHub.PATH + "?token=t-broken";
        assertThatThrownBy(() -> LiveClient.open(HttpClient.newHttpClient().newWebSocketBuilder(), uri))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(500));
        LiveClient alice = client("t-alice");
        alice.send("{\"type\":\"ping\"}");
        alice.expect("pong");
    }

    @Test
    void aTokenIsAcceptedFromTheSubprotocolTheHeaderOrTheQuery() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        String uri = "ws://127.0.0.1:" + server.port() + LiveHub.PATH;
        HttpClient http = HttpClient.newHttpClient();
        LiveClient byProtocol = LiveClient.open(
                http.newWebSocketBuilder().subprotocols(LiveHub.SUBPROTOCOL, "bearer.t-alice"), uri);
        LiveClient byHeader = LiveClient.open(http.newWebSocketBuilder().header("Authorization", "Bearer t-bob"), uri);
        LiveClient byQuery = LiveClient.open(http.newWebSocketBuilder(), uri + "?token=t-root");
        clients.addAll(List.of(byProtocol, byHeader, byQuery));
        assertThat(byProtocol.subprotocol()).isEqualTo(LiveHub.SUBPROTOCOL);
        assertThat(byProtocol.expect("welcome").path("user").asText()).isEqualTo("alice");
        assertThat(byHeader.expect("welcome").path("user").asText()).isEqualTo("bob");
        assertThat(byQuery.expect("welcome").path("user").asText()).isEqualTo("root");
    }

    @Test
    void anOversizedInboundMessageClosesWith1009() throws Exception {
        start(LiveHub.DEFAULT_LIMITS);
        LiveClient alice = client("t-alice");
        alice.send("{\"type\":\"ping\",\"id\":\"" + "x".repeat(LiveHub.DEFAULT_LIMITS.maxMessageBytes()) + "\"}");
        assertThat(alice.awaitClose().code()).isEqualTo(1009);
    }

    @Test
    void aClientThatStopsReadingIsClosedAsSlowWhileOthersKeepReceiving() throws Exception {
        WebSocketLimits limits = new WebSocketLimits(4096, Duration.ofSeconds(30), Duration.ofSeconds(75), 64 * 1024,
                Duration.ofSeconds(60));
        start(limits);
        LiveClient fast = client("t-alice");
        try (RawLiveSocket slow = RawLiveSocket.connect(server.port(), "t-bob", 4096)) {
            assertThat(slow.next().text()).contains("\"welcome\"");
            String padding = "p".repeat(16 * 1024);
            int seq = 0;
            while (hub.connectedClients() == 2) {
                assertThat(seq).as("events published before the slow client was closed").isLessThan(100_000);
                hub.publish(LiveEvent.room("lobby", new Numbered("post", "lobby", seq, padding)));
                assertThat(fast.expect("post").path("seq").asInt()).isEqualTo(seq);
                seq++;
            }
            hub.publish(LiveEvent.room("lobby", new Numbered("post", "lobby", seq, "")));
            assertThat(fast.expect("post").path("seq").asInt()).isEqualTo(seq);
            assertThat(hub.stats().undelivered()).isGreaterThanOrEqualTo(1);

            List<Integer> slowSeen = new ArrayList<>();
            RawLiveSocket.Frame frame = slow.next();
            while (frame.opcode() == RawLiveSocket.TEXT) {
                slowSeen.add(JSON.readTree(frame.text()).path("seq").asInt());
                frame = slow.next();
            }
            assertThat(frame.opcode()).isEqualTo(RawLiveSocket.CLOSE);
            assertThat(frame.closeCode()).isEqualTo(WebSocketLimits.SLOW_CLIENT_CLOSE_CODE);
            assertThat(slowSeen).isEqualTo(IntStream.range(0, slowSeen.size()).boxed().toList());
            assertThat(slowSeen.size()).isLessThan(seq);
            assertThatThrownBy(slow::next).isInstanceOfAny(EOFException.class, SocketException.class);
        }
    }

    @Test
    void aQuietConnectionIsPingedAndOneThatNeverAnswersIsClosed() throws Exception {
        start(new WebSocketLimits(4096, Duration.ofMillis(100), Duration.ofMillis(400), 64 * 1024, Duration.ofSeconds(5)));
        try (RawLiveSocket silent = RawLiveSocket.connect(server.port(), "t-alice", 64 * 1024)) {
            assertThat(silent.next().text()).contains("\"welcome\"");
            RawLiveSocket.Frame frame = silent.next();
            assertThat(frame.opcode()).isEqualTo(RawLiveSocket.PING);
            while (frame.opcode() == RawLiveSocket.PING) {
                frame = silent.next();
            }
            assertThat(frame.opcode()).isEqualTo(RawLiveSocket.CLOSE);
            assertThat(frame.closeCode()).isEqualTo(1001);
        }
    }

    /** Messages up to the next {@code end}, as {@code type:room}. */
    private static List<String> drain(LiveClient client) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (JsonNode message = client.next(); !message.path("type").asText().equals("end"); message = client.next()) {
            seen.add(message.path("type").asText() + ":" + message.path("room").asText());
        }
        return seen;
    }
}
