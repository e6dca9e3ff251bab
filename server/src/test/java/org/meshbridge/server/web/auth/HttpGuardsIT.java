package org.meshbridge.server.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshbridge.server.web.auth.AuthFixture.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.net.Cidr;
import org.meshbridge.server.net.ClientAccess;
import org.meshbridge.server.net.RateLimit;
import org.meshbridge.server.net.RateLimiter;
import org.meshbridge.server.web.CorsPolicy;
import org.meshbridge.server.web.HttpLimits;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.ListenException;
import org.meshbridge.server.web.Routes;
import org.meshbridge.server.web.WebSocketEndpoint;
import org.meshbridge.server.web.WebSocketRoute;

/** The listener's guards over real sockets: bad input, proxies, CIDR lists, CORS, slow clients, plain listeners. */
class HttpGuardsIT {

    private AuthFixture f;

    private void start(UnaryOperator<HttpOptions> options) throws Exception {
        f = new AuthFixture(options);
        f.accounts.add("alice", Role.MEMBER, Optional.empty(), "correct horse battery".toCharArray());
    }

    @AfterEach
    void stop() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void malformedAndWronglyTypedBodiesAre400Or415AndTheConnectionGoesOn() throws Exception {
        start(o -> o);
        for (String body : List.of("", "{", "[]", "null", "42", "{\"username\":\"a\"}", "{\"username\":1,\"password\":\"x\"}", "{\"username\":\"a\",\"password\":7}",
                "{\"username\":true,\"password\":\"x\"}", "{\"username\":[\"a\"],\"password\":\"x\"}",
                "{\"username\":\"a\",\"password\":\"b\",\"extra\":1}", "{\"username\":\"a\",\"password\":\"b\"} {}",
                "{\"username\":\"a\",\"username\":\"b\",\"password\":\"c\"}", "{".repeat(40) + "}".repeat(40))) {
            f.time.advance(Duration.ofSeconds(10)); // a login token back per attempt: the address limit is not tested here
            HttpResponse<String> response = f.post(AuthEndpoints.LOGIN, null, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(json(response).get("error").asText()).isEqualTo("bad_request");
        }
        HttpResponse<String> form = f.send(HttpRequest.newBuilder(f.uri(AuthEndpoints.LOGIN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=x")));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(json(form).get("error").asText()).isEqualTo("unsupported_media_type");
        assertThat(f.login("alice", "correct horse battery").statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        start(o -> o.withLimits(new HttpLimits(2048, 1024, Duration.ofSeconds(60), Duration.ofSeconds(30))));
        HttpResponse<String> big = f.post(AuthEndpoints.LOGIN, null,
                "{\"username\":\"alice\",\"password\":\"" + "x".repeat(4096) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("error").asText()).isEqualTo("payload_too_large");
        assertThat(f.login("alice", "correct horse battery").statusCode()).isEqualTo(200);
    }

    @Test
    void garbageOnTheSocketGetsA400AndTheServerKeepsServing() throws Exception {
        start(o -> o);
        String answer = raw("\u0001\u0002 NOT HTTP AT ALL\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        String badHeader = raw("GET /whoami HTTP/1.1\r\nHost: x\r\n" + "X-Long: " + "y".repeat(10_000) + "\r\n\r\n");
        assertThat(badHeader).startsWith("HTTP/1.1 4");
        assertThat(f.get("/whoami", null).statusCode()).isEqualTo(200);
    }

    @Test
    void xForwardedForIsIgnoredFromAnUntrustedPeer() throws Exception {
        start(o -> o);
        HttpResponse<String> who = f.send(HttpRequest.newBuilder(f.uri("/whoami")).header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(json(who).get("client").asText()).isEqualTo("127.0.0.1");
        assertThat(json(who).get("secure").asBoolean()).isFalse();
    }

    @Test
    void aTrustedProxyNamesTheClientAndItsScheme() throws Exception {
        start(o -> o.withAccess(new ClientAccess(List.of(), List.of(), List.of(Cidr.parse("127.0.0.1")))));
        HttpResponse<String> who = f.send(HttpRequest.newBuilder(f.uri("/whoami"))
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9").header("X-Forwarded-Proto", "https").GET());
        assertThat(json(who).get("client").asText()).isEqualTo("203.0.113.9");
        assertThat(json(who).get("secure").asBoolean()).isTrue();
        for (int i = 0; i < 10; i++) {
            f.send(HttpRequest.newBuilder(f.uri(AuthEndpoints.LOGIN)).header("X-Forwarded-For", "203.0.113.9")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"alice\",\"password\":\"wrong password\"}")));
        }
        HttpResponse<String> limited = f.send(HttpRequest.newBuilder(f.uri(AuthEndpoints.LOGIN))
                .header("X-Forwarded-For", "203.0.113.9").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"x\",\"password\":\"y\"}")));
        assertThat(limited.statusCode()).isEqualTo(429);
        HttpResponse<String> other = f.send(HttpRequest.newBuilder(f.uri(AuthEndpoints.LOGIN))
                .header("X-Forwarded-For", "203.0.113.10").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"x\",\"password\":\"y\"}")));
        assertThat(other.statusCode()).isEqualTo(401);
    }

    @Test
    void aDeniedPeerIsDisconnectedAndADeniedForwardedClientGets403() throws Exception {
        start(o -> o.withAccess(new ClientAccess(List.of(), List.of(Cidr.parse("127.0.0.0/8")), List.of())));
        assertThatThrownBy(() -> f.get("/whoami", null)).isInstanceOf(IOException.class);
        f.close();
        start(o -> o.withAccess(new ClientAccess(List.of(), List.of(Cidr.parse("203.0.113.0/24")),
                List.of(Cidr.parse("127.0.0.1/32")))));
        HttpResponse<String> denied = f.send(HttpRequest.newBuilder(f.uri("/whoami"))
                .header("X-Forwarded-For", "203.0.113.77").GET());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(f.send(HttpRequest.newBuilder(f.uri("/whoami")).header("X-Forwarded-For", "198.51.100.7").GET())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowListLetsOnlyItsRangesIn() throws Exception {
        start(o -> o.withAccess(new ClientAccess(List.of(Cidr.parse("10.0.0.0/8")), List.of(), List.of())));
        assertThatThrownBy(() -> f.get("/whoami", null)).isInstanceOf(IOException.class);
    }

    @Test
    void newConnectionsOverTheAddressRateAreClosedAndComeBackWithTime() throws Exception {
        ManualScheduler clock = new ManualScheduler();
        start(o -> o.withConnectionLimit(new RateLimiter(new RateLimit(1, 2), SchedulerClock.of(clock), 100)));
        assertThat(raw("GET /whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET /whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(closedUnanswered()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(raw("GET /whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    /** Connects and reads until the server closes: true when it closed without a byte, whatever we send. */
    private boolean closedUnanswered() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write("GET /whoami HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                return true;
            }
            try {
                return socket.getInputStream().read() < 0;
            } catch (java.net.SocketException e) {
                return true;
            }
        }
    }

    @Test
    void corsIsOffUnlessTheOriginIsListed() throws Exception {
        start(o -> o.withCors(CorsPolicy.of(List.of("https://chat.example.org"))));
        HttpResponse<String> stranger = f.send(HttpRequest.newBuilder(f.uri("/whoami")).header("Origin", "https://evil.example")
                .GET());
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> listed = f.send(HttpRequest.newBuilder(f.uri("/whoami"))
                .header("Origin", "https://chat.example.org").GET());
        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://chat.example.org");
        HttpResponse<String> preflight = f.send(HttpRequest.newBuilder(f.uri(AuthEndpoints.LOGIN))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> allowed = f.send(HttpRequest.newBuilder(f.uri(AuthEndpoints.LOGIN))
                .header("Origin", "https://chat.example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
    }

    @Test
    void byDefaultNoOriginIsAllowed() throws Exception {
        start(o -> o);
        HttpResponse<String> response = f.send(HttpRequest.newBuilder(f.uri("/whoami"))
                .header("Origin", "http://127.0.0.1:" + f.server.port()).GET());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aClientTricklingItsRequestGets408AndIsClosed() throws Exception {
        start(o -> o.withLimits(new HttpLimits(65536, 65536, Duration.ofSeconds(60), Duration.ofMillis(300))));
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /whoami HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readToEnd(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").contains("request_timeout");
        }
    }

    @Test
    void theServersWebSocketCapOverridesALargerRouteCap() throws Exception {
        WebSocketRoute echo = new WebSocketRoute("/echo", 65536, session -> new WebSocketEndpoint.Connection() {
            @Override
            public void onText(String text) {
                session.sendText(text);
            }

            @Override
            public void onClose() {
            }
        });
        start(o -> o.withWebSocket(echo).withLimits(new HttpLimits(65536, 1024, Duration.ofSeconds(60),
                Duration.ofSeconds(30))));
        CompletableFuture<String> echoed = new CompletableFuture<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = f.http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + f.server.port() + "/echo"),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        echoed.complete(data.toString());
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        socket.sendText("a".repeat(1024), true).get(30, TimeUnit.SECONDS);
        assertThat(echoed.get(30, TimeUnit.SECONDS)).hasSize(1024);
        socket.sendText("b".repeat(1025), true).get(30, TimeUnit.SECONDS);
        assertThat(closed.get(30, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void aConnectionThatSaysNothingIsClosedAfterTheIdleTimeout() throws Exception {
        start(o -> o.withLimits(new HttpLimits(65536, 65536, Duration.ofMillis(200), Duration.ofSeconds(30))));
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
            socket.setSoTimeout(30_000);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aPlainListenerOnAPublicAddressIsRefusedUnlessInsecure() throws Exception {
        HttpServer plain = new HttpServer(new InetSocketAddress("0.0.0.0", 0), Routes.of(), HttpOptions.loopbackOnly());
        assertThatThrownBy(plain::start).isInstanceOf(ListenException.class)
                .hasMessageContaining("not a loopback address and no TLS");
        try (HttpServer allowed = new HttpServer(new InetSocketAddress("0.0.0.0", 0), Routes.of(),
                HttpOptions.loopbackOnly().withInsecure(true)).start()) {
            assertThat(allowed.port()).isPositive();
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readToEnd(socket.getInputStream());
        }
    }

    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
