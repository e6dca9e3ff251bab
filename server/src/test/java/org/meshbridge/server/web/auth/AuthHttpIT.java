package org.meshbridge.server.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.server.web.auth.AuthFixture.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.RoomGrants;

/** Sign-in, tokens, permissions and rate limits over real HTTP against a started listener. */
class AuthHttpIT {

    private static final String PASSWORD = "correct horse battery";
    private AuthFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new AuthFixture(options -> options);
        f.accounts.add("alice", Role.MEMBER, Optional.of(RoomGrants.parse("lobby,news:read")), PASSWORD.toCharArray());
        f.accounts.add("root", Role.ADMIN, Optional.empty(), PASSWORD.toCharArray());
        f.accounts.add("reader", Role.READ_ONLY, Optional.empty(), PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aLoginGivesATokenThatOpensMe() throws Exception {
        HttpResponse<String> login = f.login("alice", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(json(login).get("token").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(json(login).get("expires").asText()).isEqualTo(f.time.now().plus(Duration.ofDays(7)).toString());
        assertThat(json(login).at("/account/name").asText()).isEqualTo("alice");
        HttpResponse<String> me = f.get("/api/v1/me", json(login).get("token").asText());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("role").asText()).isEqualTo("member");
        assertThat(json(me).get("rooms").toString()).isEqualTo("{\"lobby\":\"post\",\"news\":\"read\"}");
        assertThat(json(me).get("mesh_public_key").asText()).isEqualTo(f.accounts.meshIdentity("alice").publicKey().hex());
        assertThat(me.body()).doesNotContain(f.accounts.meshIdentity("alice").expandedKey().hex()).doesNotContain("argon2");
    }

    @Test
    void withoutOrWithABadTokenTheAnswerIs401WithABearerChallenge() throws Exception {
        HttpResponse<String> none = f.get("/api/v1/me", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json(none).get("error").asText()).isEqualTo("unauthorized");
        assertThat(f.get("/api/v1/me", "A".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(f.send(HttpRequest.newBuilder(f.uri("/api/v1/me")).header("Authorization", "Basic YWxpY2U6eA==")
                .GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401AndFiveLockTheAccountWith429UntilTheLockoutPassed() throws Exception {
        HttpResponse<String> wrong = f.login("alice", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("error").asText()).isEqualTo("invalid_credentials");
        assertThat(f.login("nobody", PASSWORD).body()).isEqualTo(wrong.body());
        for (int i = 0; i < 4; i++) {
            assertThat(f.login("alice", "not the password").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = f.login("alice", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(json(locked).get("error").asText()).isEqualTo("rate_limited");
        f.time.advance(Duration.ofMinutes(15));
        assertThat(f.login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenStopsWorkingWhenItExpiresOrAfterLogoutOrPasswordChange() throws Exception {
        String expiring = f.token("alice", PASSWORD);
        f.time.advance(Duration.ofDays(7));
        assertThat(f.get("/api/v1/me", expiring).statusCode()).isEqualTo(401);

        String loggedOut = f.token("alice", PASSWORD);
        assertThat(f.post(AuthEndpoints.LOGOUT, loggedOut, "").statusCode()).isEqualTo(200);
        assertThat(f.get("/api/v1/me", loggedOut).statusCode()).isEqualTo(401);

        String changed = f.token("alice", PASSWORD);
        String admin = f.token("root", PASSWORD);
        HttpResponse<String> passwd = f.send(HttpRequest.newBuilder(f.uri("/api/v1/admin/users/alice/password"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"another long password\"}")));
        assertThat(passwd.statusCode()).isEqualTo(200);
        assertThat(f.get("/api/v1/me", changed).statusCode()).isEqualTo(401);
        assertThat(f.login("alice", "another long password").statusCode()).isEqualTo(200);
    }

    @Test
    void roomPermissionsAnswer403() throws Exception {
        String alice = f.token("alice", PASSWORD);
        String reader = f.token("reader", PASSWORD);
        assertThat(f.get("/api/v1/rooms/lobby/posts", alice).statusCode()).isEqualTo(200);
        assertThat(f.get("/api/v1/rooms/news/posts", alice).statusCode()).isEqualTo(200);
        HttpResponse<String> secret = f.get("/api/v1/rooms/secret/posts", alice);
        assertThat(secret.statusCode()).isEqualTo(403);
        assertThat(json(secret).get("error").asText()).isEqualTo("forbidden");
        assertThat(f.post("/api/v1/rooms/lobby/posts", alice, "{}").statusCode()).isEqualTo(200);
        assertThat(f.post("/api/v1/rooms/news/posts", alice, "{}").statusCode()).isEqualTo(403);
        assertThat(f.get("/api/v1/rooms/anything/posts", reader).statusCode()).isEqualTo(200);
        assertThat(f.post("/api/v1/rooms/anything/posts", reader, "{}").statusCode()).isEqualTo(403);
        assertThat(f.get("/api/v1/admin/users", alice).statusCode()).isEqualTo(403);
    }

    @Test
    void postsOverTheAccountsRateGet429WithRetryAfterAndComeBackWithTime() throws Exception {
        String alice = f.token("alice", PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(f.post("/api/v1/rooms/lobby/posts", alice, "{}").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = f.post("/api/v1/rooms/lobby/posts", alice, "{}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
        f.time.advance(Duration.ofSeconds(30));
        assertThat(f.post("/api/v1/rooms/lobby/posts", alice, "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void loginsOverTheAddressRateGet429BeforeAnyPasswordIsChecked() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(f.login("alice", PASSWORD).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = f.login("alice", PASSWORD);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("10");
    }

    @Test
    void anAdminListsAddsAndRemovesUsers() throws Exception {
        String root = f.token("root", PASSWORD);
        HttpResponse<String> list = f.get("/api/v1/admin/users", root);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("count").asInt()).isEqualTo(3);
        assertThat(list.body()).doesNotContain("argon2");
        HttpResponse<String> added = f.post("/api/v1/admin/users", root,
                "{\"name\":\"bob\",\"password\":\"bob's long password\",\"role\":\"read-only\",\"rooms\":\"lobby\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).get("rooms").toString()).isEqualTo("{\"lobby\":\"read\"}");
        assertThat(f.post("/api/v1/admin/users", root, "{\"name\":\"bob\",\"password\":\"bob's long password\"}")
                .statusCode()).isEqualTo(409);
        assertThat(f.post("/api/v1/admin/users", root, "{\"name\":\"Bad Name\",\"password\":\"long enough pw\"}")
                .statusCode()).isEqualTo(400);
        String bob = f.token("bob", "bob's long password");
        HttpResponse<String> removed = f.send(HttpRequest.newBuilder(f.uri("/api/v1/admin/users/bob"))
                .header("Authorization", "Bearer " + root).DELETE());
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(f.get("/api/v1/me", bob).statusCode()).isEqualTo(401);
        assertThat(f.send(HttpRequest.newBuilder(f.uri("/api/v1/admin/users/bob"))
                .header("Authorization", "Bearer " + root).DELETE()).statusCode()).isEqualTo(404);
    }
}
