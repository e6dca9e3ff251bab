package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.server.companion.MeshcoreJsClient;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/** The demo's companion listener, as its banner advertises it, serves a stock meshcore.js client. */
class DemoCompanionIT {

    @TempDir
    Path dataDir;
    private final EventLoopScheduler scheduler = new EventLoopScheduler("demo-companion-test", Clock.systemUTC());
    private MeshbridgeServer server;

    @BeforeEach
    void startDemo() {
        server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false), dataDir),
                new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        server.coreStopped().get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        scheduler.close();
    }

    @Test
    void changingTheAccountsPasswordDisconnectsItsApps() throws Exception {
        try (MeshcoreJsClient client = MeshcoreJsClient.connect(server.companionAddresses().get(Launch.DEMO_ACCOUNT))) {
            client.call("getSelfInfo");
            server.accounts().passwd(Launch.DEMO_ACCOUNT, "a-new-password-1".toCharArray());
            client.awaitEvent("disconnected");
        }
    }

    @Test
    void aListenerForAnAccountThatDoesNotExistStopsTheStart(@TempDir Path otherDir) throws Exception {
        org.meshbridge.server.config.MeshbridgeConfig config = org.meshbridge.server.config.MeshbridgeConfig.parse(
                "node: { data_dir: \"" + otherDir + "\" }\nradio: { type: none }\nserver: { listen: \"127.0.0.1:0\" }\n"
                        + "companion:\n  listeners: [ { listen: \"127.0.0.1:0\", account: ghost } ]\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeshbridgeServer.start(Launch.run(config),
                        new Environment(scheduler, new SplittableRandom(8), new SecureRandom())))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("companion.listeners[0].account: there is no account named ghost");
    }

    @Test
    void aStockClientConnectsAsTheDemoAccountAndSeesTheLobby() throws Exception {
        try (MeshcoreJsClient client = MeshcoreJsClient.connect(server.companionAddresses().get(Launch.DEMO_ACCOUNT))) {
            JsonNode self = client.call("getSelfInfo");
            assertThat(self.path("name").asText()).isEqualTo(Launch.DEMO_ACCOUNT);
            assertThat(self.path("publicKey").asText()).isEqualToIgnoringCase(
                    server.companions().orElseThrow().get(Launch.DEMO_ACCOUNT).orElseThrow().identity().publicKey().hex());
            assertThat(client.call("getContacts").findValuesAsText("advName")).contains(DemoRoom.NAME);
            assertThat(self.path("publicKey").asText()).as("the demo account's own mesh identity")
                    .isEqualToIgnoringCase(server.accounts().meshIdentity(Launch.DEMO_ACCOUNT).publicKey().hex());
        }
    }

    @Test
    void anUnreadMessageSurvivesARestart() throws Exception {
        java.util.concurrent.CompletableFuture<org.meshbridge.core.companion.VirtualCompanions> started =
                new java.util.concurrent.CompletableFuture<>();
        scheduler.execute(() -> started.complete(server.companions().orElseThrow()));
        var companions = started.get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        var demo = companions.get(Launch.DEMO_ACCOUNT).orElseThrow();
        var other = companions.openOrGet("other", org.meshbridge.protocol.crypto.LocalIdentity.fromSeed(
                org.meshbridge.protocol.bytes.Bytes.of(new byte[32])), "other");
        java.util.concurrent.CompletableFuture<Object> sent = new java.util.concurrent.CompletableFuture<>();
        scheduler.execute(() -> {
            try {
                sent.complete(other.sendText(demo.identity().publicKey().prefix(6), "kept across a restart"));
            } catch (Exception e) {
                sent.completeExceptionally(e);
            }
        });
        sent.get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        server.close();
        server.coreStopped().get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);

        EventLoopScheduler again = new EventLoopScheduler("demo-companion-restart", Clock.systemUTC());
        MeshbridgeServer restarted = restart(again);
        try (MeshcoreJsClient client = MeshcoreJsClient.connect(restarted.companionAddresses().get(Launch.DEMO_ACCOUNT))) {
            JsonNode message = client.call("syncNextMessage");
            assertThat(message.path("contactMessage").path("text").asText()).isEqualTo("kept across a restart");
            assertThat(client.call("syncNextMessage").isNull()).isTrue();
        } finally {
            restarted.close();
            restarted.coreStopped().get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            again.close();
        }
    }

    @Test
    void theChannelsAnAppSetSurviveARestartAsOnARealRadio() throws Exception {
        String secret = "0123456789abcdef0123456789abcdef";
        try (MeshcoreJsClient client = MeshcoreJsClient.connect(server.companionAddresses().get(Launch.DEMO_ACCOUNT))) {
            client.call("setChannel", 2, "Hiking", secret);
            client.call("deleteChannel", 0);
        }
        server.close();
        server.coreStopped().get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);

        EventLoopScheduler again = new EventLoopScheduler("demo-companion-restart", Clock.systemUTC());
        MeshbridgeServer restarted = restart(again);
        try (MeshcoreJsClient client = MeshcoreJsClient.connect(restarted.companionAddresses().get(Launch.DEMO_ACCOUNT))) {
            JsonNode hiking = client.call("getChannel", 2);
            assertThat(hiking.path("name").asText()).isEqualTo("Hiking");
            assertThat(hiking.path("secret").asText()).isEqualToIgnoringCase(secret);
            assertThat(client.call("getChannel", 0).path("name").asText()).as("the app deleted Public").isEmpty();
        } finally {
            restarted.close();
            restarted.coreStopped().get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            again.close();
        }
    }

    @Test
    void removingTheAccountClosesItsCompanionSoItsListenerServesNobody() throws Exception {
        var companions = new java.util.concurrent.atomic.AtomicReference<org.meshbridge.core.companion.VirtualCompanions>();
        try (MeshcoreJsClient client = MeshcoreJsClient.connect(server.companionAddresses().get(Launch.DEMO_ACCOUNT))) {
            client.call("getSelfInfo");
            companions.set(server.companions().orElseThrow());
            assertThat(server.accounts().remove(Launch.DEMO_ACCOUNT)).isTrue();
            client.awaitEvent("disconnected");
        }
        java.util.concurrent.CompletableFuture<Boolean> closed = new java.util.concurrent.CompletableFuture<>();
        scheduler.execute(() -> closed.complete(companions.get().get(Launch.DEMO_ACCOUNT).isEmpty()));
        assertThat(closed.get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(companions.get().accounts()).doesNotContain(Launch.DEMO_ACCOUNT);

        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(server.companionAddresses().get(Launch.DEMO_ACCOUNT), 5_000);
            socket.setSoTimeout(5_000);
            assertThat(socket.getInputStream().read()).as("closed at once: no companion for a removed account").isEqualTo(-1);
        }
    }

    @Test
    void aNewAccountWithARemovedOnesNameGetsItsOwnDirectMessagesInTheWebApp() throws Exception {
        String first = HttpJson.member(server, "erin");
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/dms", first).status()).isEqualTo(200);
        assertThat(server.accounts().remove("erin")).isTrue();

        String second = HttpJson.member(server, "erin");
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/dms", second).status()).isEqualTo(200);
        var companions = server.companions().orElseThrow();
        var erin = companions.get("erin").orElseThrow();
        assertThat(erin.identity().publicKey()).isEqualTo(server.accounts().meshIdentity("erin").publicKey());
        var other = companions.openOrGet("other", org.meshbridge.protocol.crypto.LocalIdentity.fromSeed(
                org.meshbridge.protocol.bytes.Bytes.of(new byte[32])), "other");
        java.util.concurrent.CompletableFuture<Object> sent = new java.util.concurrent.CompletableFuture<>();
        scheduler.execute(() -> {
            try {
                sent.complete(other.sendText(erin.identity().publicKey().prefix(6), "for the new erin"));
            } catch (Exception e) {
                sent.completeExceptionally(e);
            }
        });
        sent.get(MeshcoreJsClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(MeshcoreJsClient.TIMEOUT_SECONDS);
        JsonNode conversations = HttpJson.get(server.httpAddress(), "/api/v1/dms", second).body().path("conversations");
        while (conversations.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            conversations = HttpJson.get(server.httpAddress(), "/api/v1/dms", second).body().path("conversations");
        }
        assertThat(conversations).as("the web session reads the new companion's inbox, not the removed one's").hasSize(1);
        assertThat(conversations.get(0).path("last").path("text").asText()).isEqualTo("for the new erin");
    }

    /** The demo again on the same data directory (the first one closed). */
    private MeshbridgeServer restart(EventLoopScheduler again) {
        return MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false), dataDir),
                new Environment(again, new SplittableRandom(7), new SecureRandom()));
    }
}
