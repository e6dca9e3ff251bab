package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.accounts.LoginOutcome;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.RoomGrants;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;
import org.meshbridge.server.web.api.ApiCatalog;
import org.meshbridge.server.web.api.ApiOperation;

/**
 * The REST resources over real HTTP against the demo on a virtual clock: rooms with unread counts
 * and read markers, paging, posting (split for RF), per-room permissions, direct messages with
 * their ACK, the OpenAPI document against the real routes, and the static files.
 */
class WebApiIT {

    @TempDir
    Path dataDir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private MeshbridgeServer server;
    private String token;

    @BeforeEach
    void startDemo() throws Exception {
        server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false), dataDir),
                new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
        scheduler.afterEachTask(server::settleStore);
        scheduler.advance(Duration.ofMinutes(10));
        token = HttpJson.member(server, "erin");
    }

    @AfterEach
    void stopDemo() {
        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
    }

    @Test
    void withoutABearerTokenEveryResourceAnswers401() throws Exception {
        for (String path : List.of("/api/v1/rooms", "/api/v1/rooms/lobby/posts", "/api/v1/nodes", "/api/v1/dms",
                "/api/v1/admin/status")) {
            HttpJson.Reply reply = HttpJson.get(server.httpAddress(), path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.body().path("error").asText()).isEqualTo("unauthorized");
        }
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void theLobbyCountsUnreadPostsUntilTheAccountMarksThemRead() throws Exception {
        JsonNode lobby = HttpJson.get(server.httpAddress(), "/api/v1/rooms", token).body().path("rooms").get(0);
        int posts = server.rooms().orElseThrow().latest("lobby", 1000).size();
        assertThat(posts).isPositive();
        assertThat(lobby.path("name").asText()).isEqualTo("lobby");
        assertThat(lobby.path("kind").asText()).isEqualTo("room");
        assertThat(lobby.path("can_post").asBoolean()).isTrue();
        assertThat(lobby.path("unread").asInt()).isEqualTo(posts);
        assertThat(lobby.path("rf_message_bytes").asInt()).isEqualTo(151);
        assertThat(lobby.path("rf_text_bytes").asInt()).isEqualTo(151 - "erin: ".length());

        long newest = HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?limit=1", token).body()
                .path("posts").get(0).path("ts").asLong();
        HttpJson.Reply marked = HttpJson.post(server.httpAddress(), "/api/v1/rooms/lobby/read", "{\"ts\":" + newest + "}", token);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(unread()).isZero();
        HttpJson.Reply older = HttpJson.post(server.httpAddress(), "/api/v1/rooms/lobby/read", "{\"ts\":1}", token);
        assertThat(older.status()).isEqualTo(200);
        assertThat(unread()).as("a marker never moves back").isZero();
    }

    @Test
    void aLongPostIsStoredWholeAndSplitForRfAndPagesComeNewestFirst() throws Exception {
        String text = "word ".repeat(80).strip();
        HttpJson.Reply posted = pump(HttpJson.sendAsync(server.httpAddress(), "POST", "/api/v1/rooms/lobby/posts",
                "{\"text\":\"" + text + "\"}", token));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.body().path("post").path("text").asText()).isEqualTo(text);
        assertThat(posted.body().path("post").path("author").asText()).isEqualTo("erin");
        assertThat(posted.body().path("post").path("origin").asText()).isEqualTo("internet");
        assertThat(posted.body().path("rf_parts").asInt()).isEqualTo(3);
        assertThat(unread()).as("your own post is not unread").isZero();

        JsonNode first = HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?limit=2", token).body();
        assertThat(first.path("count").asInt()).isEqualTo(2);
        assertThat(first.path("posts").get(0).path("text").asText()).isEqualTo(text);
        long cursor = first.path("next_before").asLong();
        assertThat(cursor).isEqualTo(first.path("posts").get(1).path("ts").asLong());
        JsonNode next = HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?limit=200&before=" + cursor, token).body();
        assertThat(next.path("posts")).allSatisfy(p -> assertThat(p.path("ts").asLong()).isLessThan(cursor));
        assertThat(next.path("next_before").isNull()).isTrue();
        JsonNode after = HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?after=" + cursor, token).body();
        assertThat(after.path("posts")).singleElement().satisfies(p -> assertThat(p.path("text").asText()).isEqualTo(text));
    }

    @Test
    void badCursorsUnknownRoomsAndBadBodiesAreRefusedWithJsonErrors() throws Exception {
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?before=abc", token).status()).isEqualTo(400);
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?limit=0", token).status()).isEqualTo(400);
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?before=5&after=3", token).status())
                .isEqualTo(400);
        HttpJson.Reply unknown = HttpJson.get(server.httpAddress(), "/api/v1/rooms/attic/posts", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("error").asText()).isEqualTo("not_found");
        for (String body : List.of("{}", "{\"text\":\"  \"}", "[1]", "{\"text\":\"a\",\"x\":1}", "not json")) {
            HttpJson.Reply reply = HttpJson.post(server.httpAddress(), "/api/v1/rooms/lobby/posts", body, token);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.body().path("error").asText()).isEqualTo("bad_request");
        }
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/dms/XYZ", token).status()).isEqualTo(400);
    }

    @Test
    void aReadOnlyGrantListsTheRoomButRefusesPosts() throws Exception {
        server.accounts().add("rita", Role.MEMBER, Optional.of(RoomGrants.parse("lobby:read")), "a fine password".toCharArray());
        server.accounts().add("nora", Role.MEMBER, Optional.of(RoomGrants.NONE), "a fine password".toCharArray());
        String rita = login("rita");
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms", rita).body().path("rooms").get(0)
                .path("can_post").asBoolean()).isFalse();
        HttpJson.Reply refused = HttpJson.post(server.httpAddress(), "/api/v1/rooms/lobby/posts", "{\"text\":\"hi\"}", rita);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("error").asText()).isEqualTo("forbidden");
        String nora = login("nora");
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms", nora).body().path("rooms")).isEmpty();
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts", nora).status()).isEqualTo(404);
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/admin/status", nora).status()).isEqualTo(403);
    }

    @Test
    void aDirectMessageToAnRfNodeIsDeliveredWhenItsAckComesBack() throws Exception {
        directMessage("bob");
    }

    private void directMessage(String name) throws Exception {
        SimCompanion bob = server.demoMesh().orElseThrow().companions().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
        String bobId = bob.identity().publicKey().hex();
        JsonNode nodes = HttpJson.get(server.httpAddress(), "/api/v1/nodes", token).body();
        assertThat(nodes.path("nodes").findValuesAsText("name")).contains(name, "r1");
        pump(HttpJson.sendAsync(server.httpAddress(), "GET", "/api/v1/dms", null, token));
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(bob.contact("erin")).as("bob heard the account's advert").isPresent();

        HttpJson.Reply sent = pump(HttpJson.sendAsync(server.httpAddress(), "POST", "/api/v1/dms/" + bobId,
                "{\"text\":\"hello " + name + "\"}", token));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().path("state").asText()).isEqualTo("pending");
        scheduler.advance(Duration.ofSeconds(60));

        assertThat(bob.directMessages()).extracting(m -> m.text()).contains("hello " + name);
        JsonNode messages = HttpJson.get(server.httpAddress(), "/api/v1/dms/" + bobId, token).body();
        assertThat(messages.path("messages").get(0).path("state").asText()).isEqualTo("delivered");
        JsonNode conversations = HttpJson.get(server.httpAddress(), "/api/v1/dms", token).body();
        assertThat(conversations.path("conversations").get(0).path("node_id").asText()).isEqualTo(bobId);
        assertThat(conversations.path("conversations").get(0).path("name").asText()).isEqualTo(name);
    }

    @Test
    void theOpenApiDocumentListsEveryRouteAndNoOther() throws Exception {
        JsonNode document = HttpJson.get(server.httpAddress(), "/api/v1/openapi.json").body();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> routed = server.routeTable().all().stream()
                .flatMap(route -> route.methods().stream().map(m -> m.name() + " " + route.path()))
                .collect(Collectors.toSet());
        assertThat(documented).as("documented").containsExactlyInAnyOrderElementsOf(routed);
        assertThat(ApiCatalog.operations()).extracting(ApiOperation::key).doesNotHaveDuplicates();
    }

    @Test
    void theWebAppIsServedGzippedWithAnEtagAndRevalidated() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.httpAddress().getPort();
        HttpResponse<byte[]> index = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(index.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(index.headers().firstValue("cache-control")).hasValue("no-cache");
        assertThat(index.headers().firstValue("content-security-policy")).get().asString().contains("default-src 'self'");
        String html = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(index.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<script type=\"module\" src=\"/js/app.js\">");
        String etag = index.headers().firstValue("etag").orElseThrow();

        HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(base + "/js/app.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
        assertThat(plain.body()).contains("import");
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/nope.js")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private int unread() throws Exception {
        return HttpJson.get(server.httpAddress(), "/api/v1/rooms", token).body().path("rooms").get(0).path("unread").asInt();
    }

    private String login(String name) {
        return ((LoginOutcome.Success) server.accounts().login(name, "a fine password".toCharArray(),
                InetAddress.getLoopbackAddress())).token();
    }

    /**
     * Runs the node's scheduler in small virtual steps until the HTTP answer (which waits for it)
     * arrives; gives up after 3000 steps (a failure, not a timing assertion).
     */
    private HttpJson.Reply pump(CompletableFuture<HttpJson.Reply> reply) throws Exception {
        for (int step = 0; step < 3000; step++) {
            scheduler.advance(Duration.ofMillis(10));
            try {
                return reply.get(10, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                // the worker has not handed its task to the scheduler yet
            }
        }
        return reply.get(10, TimeUnit.SECONDS);
    }
}
