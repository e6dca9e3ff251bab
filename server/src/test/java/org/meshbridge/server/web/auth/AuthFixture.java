package org.meshbridge.server.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpMethod;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.AccountsOptions;
import org.meshbridge.server.accounts.Argon2Settings;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.net.RateLimit;
import org.meshbridge.server.net.RateLimiter;
import org.meshbridge.server.store.SqliteFiles;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.StoreOptions;
import org.meshbridge.server.store.Stores;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.Routes;

/**
 * A real HTTP listener on a loopback port with the auth endpoints, a room route guarded by
 * permissions, and {@code /whoami} (the client and TLS the server saw), over accounts in a real
 * SQLite file, on virtual time for tokens, lockout and rate limits. {@link #send} uses the JDK's
 * HTTP client.
 */
final class AuthFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final ManualScheduler time = new ManualScheduler();
    final SqliteFiles files;
    final Storage storage;
    final Accounts accounts;
    final Authenticator auth;
    final RequestLimits limits;
    final HttpServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    AuthFixture(UnaryOperator<HttpOptions> options) throws Exception {
        files = new SqliteFiles();
        storage = Stores.open(files.freshUrl(), StoreOptions.defaults().withClock(SchedulerClock.of(time)));
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(7);
        accounts = new Accounts(storage.accounts(), AccountsOptions.defaults(SchedulerClock.of(time))
                .withArgon2(Argon2Settings.TEST_ONLY_MINIMUM).withRandom(random));
        auth = new Authenticator(accounts, 2, 100);
        var clock = SchedulerClock.of(time);
        limits = new RequestLimits(Optional.of(new RateLimiter(new RateLimit(6, 10), clock, 1000)),
                Optional.of(new RateLimiter(new RateLimit(2, 3), clock, 1000)),
                Optional.of(new RateLimiter(new RateLimit(60, 100), clock, 1000)));
        List<Route> routes = new ArrayList<>(new AuthEndpoints(auth, limits).routes());
        routes.add(auth.route("/api/v1/rooms/{room}/posts", Set.of(HttpMethod.GET, HttpMethod.POST), (call, who) -> {
            String room = call.pathParam("room");
            if (call.request().method().equals(HttpMethod.POST)) {
                if (!who.canPost(room)) {
                    throw Authenticator.forbidden("you may not post to " + room);
                }
                limits.checkPost(call, who);
                return JsonResponse.ok(Map.of("posted", room));
            }
            if (!who.canRead(room)) {
                throw Authenticator.forbidden("you may not read " + room);
            }
            return JsonResponse.ok(Map.of("room", room));
        }));
        routes.add(Route.of("/whoami", Set.of(HttpMethod.GET), call -> CompletableFuture.completedFuture(
                JsonResponse.ok(Map.of("client", call.client().getHostAddress(), "secure", call.secure())))));
        server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(routes),
                options.apply(HttpOptions.loopbackOnly())).start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> login(String user, String password) throws Exception {
        return post(AuthEndpoints.LOGIN, null, JSON.writeValueAsString(Map.of("username", user, "password", password)));
    }

    String token(String user, String password) throws Exception {
        HttpResponse<String> response = login(user, password);
        if (response.statusCode() != 200) {
            throw new AssertionError("login failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("token").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        server.close();
        auth.close();
        accounts.close();
        storage.close();
        files.close();
    }
}
