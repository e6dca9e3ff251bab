package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.bridge.ChannelRoom;
import org.meshbridge.core.bridge.ChannelRoomConfig;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.server.net.RateLimit;
import org.meshbridge.server.net.RateLimiter;

/**
 * Over real sockets with meshcore.js 1.13.0: a channel text from a stock app lands in the channel
 * room (what the web and MQTT read) and a web post there reaches the apps; the per-account send
 * limit answers ERR_CODE_TABLE_FULL; a silent connection is closed after the idle timeout; radio
 * stats carry the last signal heard and the airtime figures.
 */
class CompanionLimitsIT {

    private CompanionFixture fx;
    private final List<MeshcoreJsClient> clients = new ArrayList<>();
    private final List<CompanionListener> extra = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fx = new CompanionFixture("alice", "bob");
        fx.onLoop(() -> {
            ChannelRoom room = ChannelRoom.open(ChannelRoomConfig.listening("public", ChannelKey.PUBLIC)
                    .withTransmitInternet(true), fx.host);
            fx.rooms.add(room);
            fx.companions.addChannelRoom(room);
            return room;
        });
    }

    @AfterEach
    void stop() {
        clients.forEach(MeshcoreJsClient::close);
        extra.forEach(CompanionListener::close);
        fx.close();
    }

    private MeshcoreJsClient client(InetSocketAddress address) throws Exception {
        MeshcoreJsClient c = MeshcoreJsClient.connect(address);
        clients.add(c);
        return c;
    }

    private InetSocketAddress listener(String account, CompanionLimits limits) throws Exception {
        CompanionDevice device = new CompanionDevice("test", CompanionFixture.FAST, 22, fx.scheduler.now(), fx.node::stats,
                () -> new CompanionDevice.Figures(42, 3));
        CompanionListener l = new CompanionListener(new InetSocketAddress("127.0.0.1", 0), Optional.empty(), List.of(),
                fx.scheduler, account, () -> Optional.of(fx.companion(account)), device, limits).start();
        extra.add(l);
        return l.address();
    }

    @Test
    void aChannelTextFromAStockAppIsStoredInTheChannelRoomAndAWebPostThereReachesTheApps() throws Exception {
        MeshcoreJsClient alice = client(fx.address("alice"));
        MeshcoreJsClient bob = client(fx.address("bob"));

        alice.call("sendChannelTextMessage", 0, "from the app");
        fx.await("the channel room stored alice's text", () -> fx.rooms.latest("public", 10).stream()
                .anyMatch(p -> p.text().equals("from the app")));
        assertThat(fx.rooms.latest("public", 10)).singleElement().satisfies(p -> {
            assertThat(p.authorName()).isEqualTo("alice");
            assertThat(p.origin()).isEqualTo(PostOrigin.INTERNET);
        });
        bob.awaitEvent("MsgWaiting");
        assertThat(bob.call("syncNextMessage").path("channelMessage").path("text").asText()).isEqualTo("alice: from the app");
        assertThat(bob.call("syncNextMessage").isNull()).as("once").isTrue();

        fx.rooms.post("public", "webuser", "from the browser").toCompletableFuture()
                .get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        alice.awaitEvent("MsgWaiting");
        assertThat(alice.call("syncNextMessage").path("channelMessage").path("text").asText())
                .isEqualTo("webuser: from the browser");
        fx.await("Dana heard the web post", () -> fx.dana.channelMessages().stream()
                .anyMatch(m -> m.message().equals("from the browser")));
    }

    @Test
    void sendsOverTheAccountsLimitAreRefusedWithTableFull() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 2), Clock.systemUTC(), 100);
        MeshcoreJsClient alice = client(listener("alice", new CompanionLimits(Duration.ofHours(1), Optional.of(limiter))));

        assertThat(alice.request("sendChannelTextMessage", 0, "one").has("error")).isFalse();
        assertThat(alice.request("sendChannelTextMessage", 0, "two").has("error")).isFalse();
        JsonNode third = alice.request("sendChannelTextMessage", 0, "three");
        assertThat(third.has("error")).as("third send within a minute: %s", third).isTrue();
        assertThat(alice.call("getSelfInfo").path("name").asText()).as("other commands still answered").isEqualTo("alice");
        assertThat(limiter.tryAcquire("bob").allowed()).as("the limit is per account").isTrue();
        fx.await("two texts stored, not three", () -> fx.rooms.latest("public", 10).size() == 2);
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws Exception {
        InetSocketAddress address = listener("alice", new CompanionLimits(Duration.ofMillis(300), Optional.empty()));
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(MeshcoreJsClient.TIMEOUT_SECONDS).toMillis());
            InputStream in = socket.getInputStream();
            assertThat(in.read()).as("closed by the server").isEqualTo(-1);
        }
    }

    @Test
    void radioStatsCarryTheLastSignalHeardAndTheAirtimeFigures() throws Exception {
        MeshcoreJsClient alice = client(listener("alice", CompanionLimits.DEFAULT));
        assertThat(alice.call("getStats", 1).path("data").path("lastRssi").asInt()).as("nothing heard yet").isZero();
        fx.onLoop(() -> {
            fx.dana.advertNow(true);
            return null;
        });
        fx.await("the bridge heard Dana", () -> fx.node.contacts().all().stream().anyMatch(c -> c.name().equals("dana")));

        JsonNode radio = alice.call("getStats", 1).path("data");
        assertThat(radio.path("lastRssi").asInt()).isEqualTo(-60);
        assertThat(radio.path("lastSnr").asDouble()).isEqualTo(10.0);
        assertThat(radio.path("txAirSecs").asLong()).isEqualTo(42);
        assertThat(radio.path("noiseFloor").asInt()).as("not measured").isZero();
        // meshcore.js 1.13.0 reads core stats without the firmware's err_flags (it calls their low byte
        // queueLen), so the core frame is checked as the firmware lays it out
        var device = new CompanionDevice("test", CompanionFixture.FAST, 22, fx.scheduler.now(), fx.node::stats,
                () -> new CompanionDevice.Figures(42, 300));
        assertThat(fx.onLoop(() -> DeviceReplies.stats(device, 0, fx.scheduler.now().getEpochSecond(), Optional.empty())))
                .isEqualTo(new org.meshbridge.protocol.companion.StatsCore(0, 0, 0, 255));
    }
}
