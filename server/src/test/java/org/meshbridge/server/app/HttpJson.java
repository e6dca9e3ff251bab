package org.meshbridge.server.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.meshbridge.server.accounts.LoginOutcome;
import org.meshbridge.server.accounts.Role;

/** Requests over a real socket to a server's bound address, with the body read as JSON. */
final class HttpJson {

    record Reply(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpJson() {
    }

    static Reply get(InetSocketAddress server, String pathAndQuery) throws Exception {
        return send(server, "GET", pathAndQuery, null, null);
    }

    /** A GET with {@code Authorization: Bearer token}. */
    static Reply get(InetSocketAddress server, String pathAndQuery, String token) throws Exception {
        return send(server, "GET", pathAndQuery, null, token);
    }

    /** A POST of {@code json} with {@code Authorization: Bearer token} (none when null). */
    static Reply post(InetSocketAddress server, String pathAndQuery, String json, String token) throws Exception {
        return send(server, "POST", pathAndQuery, json, token);
    }

    /** A request whose answer may need the node's scheduler to run first (a post, a DM): complete it later. */
    static java.util.concurrent.CompletableFuture<Reply> sendAsync(InetSocketAddress server, String method,
                                                                   String pathAndQuery, String json, String token) {
        return CLIENT.sendAsync(request(server, method, pathAndQuery, json, token).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                    try {
                        return new Reply(response.statusCode(),
                                response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static HttpRequest.Builder request(InetSocketAddress server, String method, String pathAndQuery, String json,
                                               String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Reply send(InetSocketAddress server, String method, String pathAndQuery, String json, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS);
        return new Reply(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    /** Adds account {@code name} (a member of every room) to {@code server} and signs it in: its bearer token. */
    static String member(MeshbridgeServer server, String name) throws Exception {
        char[] password = "correct horse battery".toCharArray();
        server.accounts().add(name, Role.MEMBER, Optional.empty(), password.clone());
        LoginOutcome outcome = server.accounts().login(name, password, InetAddress.getLoopbackAddress());
        return ((LoginOutcome.Success) outcome).token();
    }
}
