package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.gateway.GatewayClient;
import org.meshbridge.server.gateway.GatewayClientSettings;
import org.meshbridge.server.gateway.GatewayTokens;

/**
 * {@code run --config} with {@code radio: {type: gateway}} on a loopback port: two gateway sites
 * (real {@link GatewayClient}s over in-memory radios) connect, the node dedupes what both hear,
 * transmits through them, and {@code /healthz} shows each gateway link.
 */
class GatewayRunIT {

    private static final String HILLTOP_TOKEN = "hilltop-token-0123456789abcdef";
    private static final String VALLEY_TOKEN = "valley-token-0123456789abcdef";

    @TempDir
    Path dataDir;

    private final ManualScheduler nodeClock = new ManualScheduler();
    private final EventLoopScheduler siteLoop = new EventLoopScheduler("gateway-sites", Clock.systemUTC());
    private final SiteRadio hilltopRadio = new SiteRadio();
    private final SiteRadio valleyRadio = new SiteRadio();
    private MeshbridgeServer server;
    private GatewayClient hilltop;
    private GatewayClient valley;

    @AfterEach
    void stop() {
        for (GatewayClient client : new GatewayClient[] {hilltop, valley}) {
            if (client != null) {
                client.close();
            }
        }
        if (server != null) {
            server.close();
            nodeClock.runPending();
        }
        siteLoop.close();
    }

    @Test
    @Timeout(60)
    void twoGatewaysFeedOneNodeWhichDedupesTransmitsThroughThemAndReportsEachLink() throws Exception {
        server = MeshbridgeServer.start(Launch.run(config()),
                new Environment(nodeClock, new SplittableRandom(3), new SecureRandom()));
        nodeClock.runPending();
        JsonNode before = health();
        assertThat(before.path("status").asText()).isEqualTo("degraded");
        assertThat(before.path("radio").toString()).isEqualTo("{\"state\":\"down\",\"type\":\"gateway\","
                + "\"detail\":\"0 of 2 gateways up\",\"links\":["
                + "{\"state\":\"down\",\"id\":\"gw-hilltop\",\"detail\":\"not connected since start\"},"
                + "{\"state\":\"down\",\"id\":\"gw-valley\",\"detail\":\"not connected since start\"}]}");

        hilltop = startSite("hilltop", HILLTOP_TOKEN, hilltopRadio);
        valley = startSite("valley", VALLEY_TOKEN, valleyRadio);
        JsonNode connected = awaitHealth(h -> h.at("/radio/detail").asText().equals("2 of 2 gateways up"));
        nodeClock.runPending(); // the attach tasks, queued before the links reported Up
        assertThat(connected.path("status").asText()).isEqualTo("ok");
        assertThat(connected.at("/radio/links/0/id").asText()).isEqualTo("gw-hilltop");
        assertThat(connected.at("/radio/links/0/detail").asText()).matches("gateway hilltop at 127\\.0\\.0\\.1:\\d+: site radio");

        Bytes advert = advertOfAPeer();
        hilltopRadio.hear(advert, Instant.parse("2025-01-01T00:00:01Z"));
        valleyRadio.hear(advert, Instant.parse("2025-01-01T00:00:01Z"));
        JsonNode heard = awaitHealth(h -> h.at("/node/frames_received").asLong() == 2);
        assertThat(heard.at("/node/processed").asLong()).isEqualTo(1);
        assertThat(heard.at("/node/duplicates").asLong()).isEqualTo(1);

        // the bridge's first advert is due by 17 s; on a slow machine awaitHealth may have passed that already
        Instant firstAdvertDue = ManualScheduler.DEFAULT_START.plus(Duration.ofSeconds(17));
        if (nodeClock.now().isBefore(firstAdvertDue)) {
            nodeClock.advanceTo(firstAdvertDue);
        }
        Bytes sentByHilltop = awaitTransmission(hilltopRadio);
        Bytes sentByValley = awaitTransmission(valleyRadio);
        Packet bridgeAdvert = Packet.decode(sentByHilltop);
        assertThat(bridgeAdvert.payloadType()).contains(PayloadType.ADVERT);
        assertThat(bridgeAdvert.payload().hex()).startsWith(heard.at("/node/public_key").asText());
        assertThat(sentByValley).isEqualTo(sentByHilltop);

        valley.close();
        JsonNode afterClose = awaitHealth(h -> h.at("/radio/links/1/state").asText().equals("down"));
        assertThat(afterClose.at("/radio/links/1/id").asText()).isEqualTo("gw-valley");
        assertThat(afterClose.at("/radio/detail").asText()).isEqualTo("1 of 2 gateways up");
        assertThat(afterClose.at("/radio/links/0/state").asText()).isEqualTo("up");
    }

    private MeshbridgeConfig config() throws Exception {
        return MeshbridgeConfig.parse("""
                node: { name: "Gateway Bridge", data_dir: "%s" }
                radio:
                  type: gateway
                  gateways:
                    - { id: hilltop, token_sha256: %s }
                    - { id: valley, token_sha256: %s }
                server: { listen: "127.0.0.1:0" }
                """.formatted(dataDir.toString().replace("\\", "/"), GatewayTokens.hash(HILLTOP_TOKEN),
                GatewayTokens.hash(VALLEY_TOKEN)));
    }

    private GatewayClient startSite(String id, String token, SiteRadio radio) {
        GatewayClientSettings settings = GatewayClientSettings.of(URI.create("ws://127.0.0.1:"
                + server.httpAddress().getPort() + "/api/v1/gateway"), id, token, "meshbridge test")
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(100));
        GatewayClient client = new GatewayClient(settings, radio, siteLoop, new SplittableRandom(id.hashCode()), line -> { });
        client.start();
        return client;
    }

    private static Bytes advertOfAPeer() {
        LocalIdentity peer = LocalIdentity.fromSeed(Bytes.fromHex("11".repeat(32)));
        AdvertPayload payload = AdvertPayload.sign(peer, 1_735_689_000L,
                AdvertAppData.of(NodeType.CHAT, "Peer", Optional.empty()));
        return Packet.flood(PayloadType.ADVERT, payload.encode()).encode();
    }

    private JsonNode health() throws Exception {
        return HttpJson.get(server.httpAddress(), "/healthz").body();
    }

    /** Runs the node's tasks (and its 1 s health refresh) until {@code /healthz} matches. */
    private JsonNode awaitHealth(Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            nodeClock.runPending();
            nodeClock.advance(MeshbridgeServer.HEALTH_REFRESH);
            nodeClock.runPending();
            last = health();
            if (wanted.test(last)) {
                return last;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("/healthz not as wanted within 30 s; last " + last);
    }

    /** Runs the node's tasks until {@code radio} has transmitted a packet. */
    private Bytes awaitTransmission(SiteRadio radio) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            nodeClock.runPending();
            Bytes packet = radio.transmitted.poll(5, TimeUnit.MILLISECONDS);
            if (packet != null) {
                return packet;
            }
        }
        throw new AssertionError("nothing transmitted within 30 s");
    }
}
