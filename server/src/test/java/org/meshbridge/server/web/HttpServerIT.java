package org.meshbridge.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP listener over real sockets: bound on port 0, driven by java.net.http.HttpClient. */
class HttpServerIT {

    private static final HealthReport REPORT = new HealthReport("ok", "9.8.7-test", "demo", 42,
            RadioHealth.NONE, null, ComponentHealth.NONE, ComponentHealth.DISABLED);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;

    @BeforeEach
    void startServer() throws ListenException {
        server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(HealthEndpoint.route(() -> REPORT)))
                .start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void healthzAnswers200WithStatusVersionModeUptimeAndComponentStates() throws Exception {
        HttpResponse<String> response = send(get("/healthz"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("version").asText()).isEqualTo("9.8.7-test");
        assertThat(body.get("mode").asText()).isEqualTo("demo");
        assertThat(body.get("uptime_s").isIntegralNumber()).isTrue();
        assertThat(body.get("uptime_s").asLong()).isEqualTo(42);
        assertThat(body.at("/radio/state").asText()).isEqualTo("none");
        assertThat(body.at("/store/state").asText()).isEqualTo("none");
        assertThat(body.at("/mqtt/state").asText()).isEqualTo("disabled");
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"version\":\"9.8.7-test\",\"mode\":\"demo\","
                + "\"uptime_s\":42,\"radio\":{\"state\":\"none\"},\"store\":{\"state\":\"none\"},"
                + "\"mqtt\":{\"state\":\"disabled\"}}");
    }

    @Test
    void healthzIgnoresTheQueryString() throws Exception {
        HttpResponse<String> response = send(get("/healthz?probe=lb1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void headOnHealthzAnswersTheGetHeadersWithoutABody() throws Exception {
        HttpResponse<String> got = send(get("/healthz"));
        HttpResponse<String> head = send(request("/healthz").method("HEAD", BodyPublishers.noBody()).build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("content-length"))
                .hasValue(String.valueOf(got.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void unknownPathAnswers404WithAJsonErrorNamingThePath() throws Exception {
        HttpResponse<String> response = send(get("/nope"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("not_found");
        assertThat(body.get("message").asText()).isEqualTo("no resource at /nope; available: /healthz");
    }

    @Test
    void postOnHealthzAnswers405WithAnAllowHeaderAndAJsonError() throws Exception {
        HttpResponse<String> response = send(request("/healthz").POST(BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("method_not_allowed");
        assertThat(body.get("message").asText()).isEqualTo("POST is not allowed on /healthz; use GET, HEAD");
    }

    @Test
    void deleteOnHealthzAnswers405Too() throws Exception {
        HttpResponse<String> response = send(request("/healthz").DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void anOverlongRequestLineAnswers400WithAJsonError() throws Exception {
        String path = "/" + "a".repeat(HttpServer.MAX_INITIAL_LINE_BYTES);

        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("bad_request");
        assertThat(body.get("message").asText()).isEqualTo("malformed HTTP request");
    }

    @Test
    void anOversizedBodyAnswers413WithAJsonError() throws Exception {
        String body = "x".repeat(HttpServer.MAX_REQUEST_BYTES + 1);

        HttpResponse<String> response = send(request("/healthz").POST(BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode json = this.json.readTree(response.body());
        assertThat(json.get("error").asText()).isEqualTo("payload_too_large");
        assertThat(json.get("message").asText()).isEqualTo("request larger than 65536 bytes");
        assertThat(send(get("/healthz")).statusCode()).isEqualTo(200);
    }

    @Test
    void oneConnectionServesSeveralRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/healthz")).statusCode()).isEqualTo(200);
        }
        assertThat(send(get("/other")).statusCode()).isEqualTo(404);
        assertThat(send(get("/healthz")).statusCode()).isEqualTo(200);
    }

    @Test
    void aSecondServerOnTheSamePortFailsWithAOneLineMessage() {
        HttpServer second = new HttpServer(new InetSocketAddress("127.0.0.1", server.port()),
                Routes.of(HealthEndpoint.route(() -> REPORT)));

        assertThatThrownBy(second::start)
                .isInstanceOf(ListenException.class)
                .hasMessage("port " + server.port() + " on 127.0.0.1 is in use; set server.listen or --listen");
        assertThat(second.closed()).isDone();
    }

    @Test
    void closeReleasesThePortAndCompletesClosed() throws Exception {
        int port = server.port();

        server.close();

        assertThat(server.closed()).isDone();
        try (ServerSocket rebound = new ServerSocket()) {
            rebound.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(rebound.getLocalPort()).isEqualTo(port);
        }
        server.close();
    }

    @Test
    void boundAddressIsLoopbackWithARealPort() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.port()).isBetween(1, 65_535);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.sendAsync(request, BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
    }
}
