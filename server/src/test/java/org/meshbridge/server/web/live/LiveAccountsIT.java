package org.meshbridge.server.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.AccountsOptions;
import org.meshbridge.server.accounts.Argon2Settings;
import org.meshbridge.server.accounts.LoginOutcome;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.RoomGrants;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.store.SqliteFiles;
import org.meshbridge.server.store.StoreOptions;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.Routes;

/** {@code /ws} with real accounts on SQLite: tokens from a real login, room grants, revocation and expiry. */
class LiveAccountsIT {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private final ManualScheduler time = new ManualScheduler();
    private SqliteFiles files;
    private Storage storage;
    private Accounts accounts;
    private LiveHub hub;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        files = new SqliteFiles();
        storage = Stores.open(files.freshUrl(), StoreOptions.defaults().withClock(SchedulerClock.of(time)));
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(7);
        accounts = new Accounts(storage.accounts(), AccountsOptions.defaults(SchedulerClock.of(time))
                .withArgon2(Argon2Settings.TEST_ONLY_MINIMUM).withRandom(random).withSessionTtl(Duration.ofHours(1)));
        hub = new LiveHub(AccountViewers.authenticator(accounts), LiveHub.DEFAULT_LIMITS, new ObjectMapper(),
                SchedulerClock.of(time));
        AccountViewers.closeOnRevocation(accounts, hub);
        server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(),
                HttpOptions.loopbackOnly().withWebSocket(hub.route())).start();
        accounts.add("alice", Role.MEMBER, Optional.of(RoomGrants.parse("lobby")), PASSWORD);
        accounts.add("bob", Role.MEMBER, Optional.of(RoomGrants.parse("lobby,ops:read")), PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
        server.close();
        accounts.close();
        storage.close();
        files.close();
    }

    private String login(String name) throws Exception {
        LoginOutcome outcome = accounts.login(name, PASSWORD, InetAddress.getLoopbackAddress());
        return ((LoginOutcome.Success) outcome).token();
    }

    @Test
    void aLoggedInAccountSeesTheRoomsItsGrantsAllow() throws Exception {
        LiveClient alice = LiveClient.connect(server.port(), login("alice"));
        LiveClient bob = LiveClient.connect(server.port(), login("bob"));
        hub.publish(LiveEvent.room("ops", Map.of("type", "post", "room", "ops")));
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        assertThat(alice.expect("post").path("room").asText()).isEqualTo("lobby");
        assertThat(bob.expect("post").path("room").asText()).isEqualTo("ops");
        assertThat(bob.expect("post").path("room").asText()).isEqualTo("lobby");
        alice.close();
        bob.close();
    }

    @Test
    void aLoggedOutTokenIsRefusedWith401() throws Exception {
        String token = login("alice");
        accounts.logout(token);
        assertThatThrownBy(() -> LiveClient.connect(server.port(), token))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        assertThatThrownBy(() -> LiveClient.open(HttpClient.newHttpClient().newWebSocketBuilder(),
                "ws://127.0.0.1:" + server.port() + LiveHub.PATH + "?token=not-a-token"))
                .cause().isInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void aPasswordChangeClosesTheAccountsConnections() throws Exception {
        LiveClient alice = LiveClient.connect(server.port(), login("alice"));
        LiveClient bob = LiveClient.connect(server.port(), login("bob"));
        accounts.passwd("alice", "another horse battery".toCharArray());
        assertThat(alice.awaitClose().code()).isEqualTo(1008);
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        assertThat(bob.expect("post").path("room").asText()).isEqualTo("lobby");
        bob.close();
    }

    @Test
    void anExpiredSessionIsClosedAtTheNextEvent() throws Exception {
        LiveClient alice = LiveClient.connect(server.port(), login("alice"));
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        alice.expect("post");
        time.advance(Duration.ofHours(1));
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        assertThat(alice.awaitClose().code()).isEqualTo(LiveHub.SESSION_ENDED_CLOSE_CODE);
        assertThat(alice.received).isEmpty();
    }

    @Test
    void anExpiredSessionThatNoEventReachesIsClosedByTheSweep() throws Exception {
        LiveClient alice = LiveClient.connect(server.port(), login("alice"));
        LiveClient bob = LiveClient.connect(server.port(), login("bob"));
        hub.closeExpiredSessions();
        hub.publish(LiveEvent.room("lobby", Map.of("type", "post", "room", "lobby")));
        assertThat(alice.expect("post").path("room").asText()).as("not expired: the sweep leaves it").isEqualTo("lobby");
        bob.expect("post");

        time.advance(Duration.ofHours(1));
        hub.closeExpiredSessions();

        assertThat(alice.awaitClose().code()).isEqualTo(LiveHub.SESSION_ENDED_CLOSE_CODE);
        assertThat(bob.awaitClose().code()).isEqualTo(LiveHub.SESSION_ENDED_CLOSE_CODE);
        assertThat(alice.received).isEmpty();
    }
}
