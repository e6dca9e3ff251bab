package org.meshbridge.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.Routes;

/** What the server does with input that breaks the protocol: close with a code and a reason, keep serving. */
class GatewayMalformedInputIT {

    private static final String TOKEN = "hilltop-secret-token-0123456789";

    private GatewayRegistry registry;
    private HttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        registry = new GatewayRegistry(GatewayTokens.of(Map.of("hilltop", TOKEN)), new ManualScheduler());
        server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(),
                HttpOptions.loopbackOnly().withWebSocket(registry.route())).start();
    }

    @AfterEach
    void stopServer() {
        registry.close();
        server.close();
    }

    @Test
    void textThatIsNotJsonClosesWith4400() throws Exception {
        assertThat(closeAfter("{not json")).isEqualTo(new RawWebSocket.Closed(4400, "BAD_VALUE: not valid JSON at column 2"));
    }

    @Test
    void anUnknownTypeClosesWith4400NamingIt() throws Exception {
        assertThat(closeAfter("{\"type\":\"reboot\"}"))
                .isEqualTo(new RawWebSocket.Closed(4400, "UNKNOWN_CODE: unknown message type 'reboot'"));
    }

    @Test
    void anythingBeforeHelloClosesWith4400() throws Exception {
        assertThat(closeAfter("{\"type\":\"ping\",\"nonce\":1}"))
                .isEqualTo(new RawWebSocket.Closed(4400, "expected hello first, got 'ping'"));
    }

    @Test
    void aServerMessageTypeFromAGatewayClosesWith4400() throws Exception {
        assertThat(closeAfter("{\"type\":\"tx\",\"id\":1,\"packet\":\"1100\"}"))
                .isEqualTo(new RawWebSocket.Closed(4400, "'tx' is sent by the server, not a gateway"));
    }

    @Test
    void anRxWithA256BytePacketClosesWith4400AfterHello() throws Exception {
        RawWebSocket raw = RawWebSocket.connect(server.port());
        raw.send(GatewayCodec.encode(GatewayIT.hello("hilltop", TOKEN)));
        raw.next();

        raw.send("{\"type\":\"rx\",\"packet\":\"" + "11".repeat(256) + "\",\"snr_qdb\":0,\"rssi_dbm\":-90,"
                + "\"received_at\":\"2025-01-01T00:00:00Z\"}");

        assertThat(raw.awaitClose()).isEqualTo(new RawWebSocket.Closed(4400, "TOO_LONG: rx.packet is 512 chars, max 510"));
    }

    @Test
    void aBinaryMessageClosesWith1003() throws Exception {
        RawWebSocket raw = RawWebSocket.connect(server.port());

        raw.sendBinary(new byte[] {0x11, 0x00});

        assertThat(raw.awaitClose()).isEqualTo(new RawWebSocket.Closed(1003,
                "binary messages are not supported; send text"));
    }

    @Test
    void aMessageOfExactlyTheCapIsReadAndOneByteMoreClosesWith1009() throws Exception {
        String padding = "{\"type\":\"ping\",\"nonce\":1,\"pad\":\"\"}";
        String atCap = padding.replace("\"pad\":\"\"", "\"pad\":\"" + "x".repeat(GatewayProtocol.MAX_MESSAGE_BYTES
                - padding.length()) + "\"");
        assertThat(atCap).hasSize(GatewayProtocol.MAX_MESSAGE_BYTES);
        assertThat(closeAfter(atCap)).isEqualTo(new RawWebSocket.Closed(4400, "expected hello first, got 'ping'"));

        RawWebSocket.Closed overCap = closeAfter(atCap.replace("\"pad\":\"", "\"pad\":\"x"));

        assertThat(overCap.code()).isEqualTo(1009);
        assertThat(overCap.reason()).contains("4096");
    }

    @Test
    void theServerKeepsServingAfterAMalformedConnection() throws Exception {
        closeAfter("garbage");
        RawWebSocket raw = RawWebSocket.connect(server.port());

        raw.send(GatewayCodec.encode(GatewayIT.hello("hilltop", TOKEN)));

        assertThat(raw.next()).isEqualTo("{\"type\":\"welcome\",\"protocol\":1,\"link_id\":\"gw-hilltop\","
                + "\"max_message_bytes\":4096,\"idle_timeout_s\":60}");
    }

    @Test
    void anotherProtocolVersionIsRefusedWith4426() throws Exception {
        Hello future = new Hello(2, "hilltop", TOKEN, FakeRadio.PARAMETERS, "next", GatewayIT.hello("a", "b").radioState());

        assertThat(closeAfter(GatewayCodec.encode(future)))
                .isEqualTo(new RawWebSocket.Closed(4426, "protocol 2 not supported; this server speaks 1"));
    }

    @Test
    void aPlainGetOnTheGatewayPathAnswers426WithAJsonError() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + GatewayProtocol.PATH)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(426);
        assertThat(response.body()).isEqualTo("{\"error\":\"upgrade_required\",\"message\":\"/api/v1/gateway is a"
                + " WebSocket endpoint; connect with a WebSocket client\"}");
    }

    private RawWebSocket.Closed closeAfter(String text) throws Exception {
        RawWebSocket raw = RawWebSocket.connect(server.port());
        raw.send(text);
        return raw.awaitClose();
    }
}
