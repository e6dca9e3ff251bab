package org.meshbridge.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.Routes;

/**
 * A gateway client and the server's registry over real sockets on 127.0.0.1: authentication,
 * packets both ways, reconnect with buffering, and malformed input. Waits only on queues and
 * futures with generous timeouts.
 */
class GatewayIT {

    private static final String TOKEN = "hilltop-secret-token-0123456789";
    /** A zero-hop flood advert header and a short payload: decodes as a packet. */
    private static final Bytes ADVERT = Bytes.fromHex("1100aabbccdd");

    private final ManualScheduler nodeClock = new ManualScheduler();
    private final EventLoopScheduler gatewayLoop = new EventLoopScheduler("gateway-test", Clock.systemUTC());
    private final BlockingQueue<ReceivedFrame> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<LinkState> states = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> statusLines = new LinkedBlockingQueue<>();
    private final List<GatewayRadioLink> added = new ArrayList<>();
    private final FakeRadio radio = new FakeRadio();
    private GatewayRegistry registry;
    private HttpServer server;
    private GatewayClient client;

    @BeforeEach
    void startServer() throws Exception {
        registry = new GatewayRegistry(GatewayTokens.of(Map.of("hilltop", TOKEN)), nodeClock);
        registry.addListener(new GatewayRegistry.Listener() {
            @Override
            public void linkAdded(GatewayRadioLink link) {
                added.add(link);
                link.start(new RadioLink.Listener() {
                    @Override
                    public void onReceive(ReceivedFrame frame) {
                        frames.add(frame);
                    }

                    @Override
                    public void onStateChange(LinkState state) {
                        states.add(state);
                    }
                });
            }

            @Override
            public void linkRemoved(GatewayRadioLink link) {
                added.remove(link);
            }
        });
        server = startHttp(0);
    }

    @AfterEach
    void stopAll() {
        if (client != null) {
            client.close();
        }
        gatewayLoop.close();
        registry.close();
        server.close();
    }

    @Test
    void gatewayWithAGoodTokenAppearsAsAnUpLinkNamedAfterItsId() throws Exception {
        startClient(TOKEN, 1000);

        LinkState up = awaitState(LinkState::isUp);

        assertThat(((LinkState.Up) up).detail()).startsWith("gateway hilltop at 127.0.0.1:").endsWith(": fake radio");
        GatewayRadioLink link = registry.link("hilltop").orElseThrow();
        assertThat(link.id()).isEqualTo("gw-hilltop");
        assertThat(link.modulation()).isEqualTo(FakeRadio.PARAMETERS);
        assertThat(added).containsExactly(link);
        awaitStatus(line -> line.equals("connected to ws://127.0.0.1:" + server.port()
                + "/api/v1/gateway as hilltop (link gw-hilltop)"));
    }

    @Test
    void aBadTokenIsRefusedWith4401AndTheLogNamesTheGatewayButNotTheToken() throws Exception {
        String wrongToken = "not-the-right-token-at-all-42";
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        RawWebSocket.Closed closed;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            RawWebSocket raw = RawWebSocket.connect(server.port());
            raw.send(GatewayCodec.encode(hello("hilltop", wrongToken)));
            closed = raw.awaitClose();
        } finally {
            System.setErr(originalErr);
        }

        assertThat(closed).isEqualTo(new RawWebSocket.Closed(4401, "authentication failed"));
        assertThat(registry.links()).isEmpty();
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("gateway 'hilltop' from 127.0.0.1:", "refused: unknown gateway id or wrong token")
                .doesNotContain(wrongToken).doesNotContain(TOKEN);
    }

    @Test
    void aGatewayClientWithABadTokenKeepsRetryingAndSaysWhy() throws Exception {
        startClient("wrong-token-for-hilltop-0000", 1000);

        awaitStatus(line -> line.startsWith("offline: server closed the connection (unauthorized 4401:"
                + " authentication failed); retrying in "));
        assertThat(registry.links()).isEmpty();
    }

    @Test
    void aPacketTheGatewayHearsReachesTheNodeWithItsSnrAndRssi() throws Exception {
        startClient(TOKEN, 1000);
        awaitState(LinkState::isUp);

        radio.hear(ADVERT, -23, -117, Instant.parse("2025-03-01T12:00:00Z"));

        ReceivedFrame frame = frames.poll(10, TimeUnit.SECONDS);
        assertThat(frame).isNotNull();
        assertThat(frame.linkId()).isEqualTo("gw-hilltop");
        assertThat(frame.packet()).isEqualTo(ADVERT);
        assertThat(frame.signal()).contains(new SignalReport(-23, -117));
        assertThat(frame.receivedAt()).isEqualTo(ManualScheduler.DEFAULT_START);
    }

    @Test
    void aPacketWithoutASignalReportArrivesWithoutOne() throws Exception {
        startClient(TOKEN, 1000);
        awaitState(LinkState::isUp);

        radio.hearWithoutSignal(ADVERT, Instant.EPOCH);

        ReceivedFrame frame = frames.poll(10, TimeUnit.SECONDS);
        assertThat(frame).isNotNull();
        assertThat(frame.signal()).isEmpty();
    }

    @Test
    void aServerTransmitReachesTheGatewaysRadioAndCompletesSent() throws Exception {
        startClient(TOKEN, 1000);
        awaitState(LinkState::isUp);
        GatewayRadioLink link = registry.link("hilltop").orElseThrow();

        CompletionStage<TxResult> result = link.transmit(ADVERT);

        assertThat(radio.transmitted.poll(10, TimeUnit.SECONDS)).isEqualTo(ADVERT);
        assertThat(result.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(TxResult.SENT);
        assertThat(client.stats().get(10, TimeUnit.SECONDS).transmitted()).isEqualTo(1);
    }

    @Test
    void aSecondFrameWhileOneIsInFlightIsNotSentAndAnUnansweredOneFailsAfterItsTimeout() throws Exception {
        RawWebSocket raw = RawWebSocket.connect(server.port());
        raw.send(GatewayCodec.encode(hello("hilltop", TOKEN)));
        assertThat(raw.next()).contains("\"type\":\"welcome\"", "\"link_id\":\"gw-hilltop\"");
        GatewayRadioLink link = registry.link("hilltop").orElseThrow();

        CompletionStage<TxResult> first = link.transmit(ADVERT);
        CompletionStage<TxResult> second = link.transmit(ADVERT);

        assertThat(raw.next()).isEqualTo("{\"type\":\"tx\",\"id\":1,\"packet\":\"1100aabbccdd\"}");
        assertThat(second.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(TxResult.NOT_SENT);
        assertThat(first.toCompletableFuture()).isNotDone();
        nodeClock.advance(GatewayRegistry.DEFAULT_TX_TIMEOUT_MARGIN.plusSeconds(5));
        assertThat(first.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(TxResult.FAILED);
        raw.send("{\"type\":\"tx_result\",\"id\":1,\"result\":\"SENT\"}");
        raw.send("{\"type\":\"ping\",\"nonce\":5}");
        assertThat(raw.next()).isEqualTo("{\"type\":\"pong\",\"nonce\":5}");
    }

    @Test
    void whenTheServerGoesAwayTheGatewayBuffersAndFlushesInOrderAfterReconnecting() throws Exception {
        startClient(TOKEN, 3);
        awaitState(LinkState::isUp);
        // the server's link is up at the hello; the client counts the connection at the welcome
        awaitStatus(line -> line.startsWith("connected to "));
        int port = server.port();

        server.close();
        awaitStatus(line -> line.startsWith("offline: "));
        assertThat(awaitState(state -> state instanceof LinkState.Down)).isInstanceOf(LinkState.Down.class);
        for (int i = 1; i <= 5; i++) {
            radio.hear(Bytes.fromHex("11000" + i), i, -100 - i, Instant.EPOCH);
        }
        GatewayClientStats offline = client.stats().get(10, TimeUnit.SECONDS);
        assertThat(offline.buffered()).isEqualTo(3);
        assertThat(offline.droppedOffline()).isEqualTo(2);
        assertThat(offline.online()).isFalse();

        server = startHttp(port);
        awaitState(LinkState::isUp);
        awaitStatus(line -> line.equals("sent 3 packets buffered while offline (2 older ones dropped: buffer holds 3)"));
        radio.hear(Bytes.fromHex("110006"), 6, -106, Instant.EPOCH);

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ReceivedFrame frame = frames.poll(10, TimeUnit.SECONDS);
            assertThat(frame).as("frame %d; status %s; order %s", i, statusLines, order).isNotNull();
            order.add(frame.packet().hex() + "/" + frame.signal().map(SignalReport::snrQuarterDb).orElseThrow());
        }
        assertThat(order).containsExactly("110003/3", "110004/4", "110005/5", "110006/6");
        assertThat(registry.links()).hasSize(1);
        GatewayClientStats online = client.stats().get(10, TimeUnit.SECONDS);
        assertThat(online.connections()).isEqualTo(2);
        assertThat(online.forwarded()).isEqualTo(4);
    }

    @Test
    void theGatewaysRadioGoingDownTakesTheLinkDownAndBackUp() throws Exception {
        startClient(TOKEN, 1000);
        awaitState(LinkState::isUp);

        radio.changeState(new LinkState.Down("serial port closed"));
        assertThat(awaitState(state -> state instanceof LinkState.Down))
                .isEqualTo(new LinkState.Down("gateway hilltop radio down: serial port closed"));
        assertThat(registry.link("hilltop").orElseThrow().transmit(ADVERT).toCompletableFuture()
                .get(10, TimeUnit.SECONDS)).isEqualTo(TxResult.NOT_SENT);

        radio.changeState(new LinkState.Up("fake radio"));
        awaitState(LinkState::isUp);
    }

    @Test
    void framesThatAreNotPacketsAreDroppedAtTheGatewayAndCounted() throws Exception {
        startClient(TOKEN, 1000);
        awaitState(LinkState::isUp);

        radio.hear(Bytes.fromHex("ff"), 0, -90, Instant.EPOCH);
        radio.hear(ADVERT, 1, -91, Instant.EPOCH);

        assertThat(frames.poll(10, TimeUnit.SECONDS).packet()).isEqualTo(ADVERT);
        assertThat(client.stats().get(10, TimeUnit.SECONDS).droppedInvalid()).isEqualTo(1);
    }

    @Test
    void closingTheClientClosesTheRadioAndTakesTheLinkDown() throws Exception {
        startClient(TOKEN, 1000);
        awaitState(LinkState::isUp);

        client.close();

        radio.closedFuture().get(10, TimeUnit.SECONDS);
        assertThat(awaitState(state -> state instanceof LinkState.Down))
                .isEqualTo(new LinkState.Down("gateway hilltop disconnected: connection closed"));
        awaitStatus(line -> line.equals("stopped"));
    }

    @Test
    void aNewerConnectionOfTheSameGatewayReplacesTheOlderOne() throws Exception {
        RawWebSocket older = RawWebSocket.connect(server.port());
        older.send(GatewayCodec.encode(hello("hilltop", TOKEN)));
        older.next();
        RawWebSocket newer = RawWebSocket.connect(server.port());
        newer.send(GatewayCodec.encode(hello("hilltop", TOKEN)));
        newer.next();

        RawWebSocket.Closed closed = older.awaitClose();

        assertThat(closed.code()).isEqualTo(4409);
        assertThat(closed.reason()).startsWith("replaced by a newer connection from 127.0.0.1:");
        assertThat(registry.links()).hasSize(1);
        assertThat(registry.link("hilltop").orElseThrow().state().isUp()).isTrue();
    }

    private HttpServer startHttp(int port) throws Exception {
        return new HttpServer(new InetSocketAddress("127.0.0.1", port), Routes.of(),
                HttpOptions.loopbackOnly().withWebSocket(registry.route())).start();
    }

    private void startClient(String token, int buffer) {
        GatewayClientSettings settings = GatewayClientSettings.of(URI.create("ws://127.0.0.1:" + server.port()
                + GatewayProtocol.PATH), "hilltop", token, "meshbridge test")
                .withBufferCapacity(buffer)
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(100))
                // the server's FIN normally ends the connection at once; pings catch a lost one within 1.5 s
                .withPingInterval(Duration.ofMillis(500));
        client = new GatewayClient(settings, radio, gatewayLoop, new SplittableRandom(7), statusLines::add);
        client.start();
    }

    static Hello hello(String id, String token) {
        return new Hello(GatewayProtocol.VERSION, id, token, FakeRadio.PARAMETERS, "raw test",
                new LinkState.Up("raw radio"));
    }

    private LinkState awaitState(Predicate<LinkState> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<LinkState> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            LinkState state = states.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (state == null) {
                break;
            }
            seen.add(state);
            if (wanted.test(state)) {
                return state;
            }
        }
        throw new AssertionError("link state not reached within 10 s; saw " + seen);
    }

    private void awaitStatus(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = statusLines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            seen.add(line);
            if (wanted.test(line)) {
                return;
            }
        }
        throw new AssertionError("status line not printed within 10 s; saw " + seen);
    }
}
