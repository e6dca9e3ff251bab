package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.oracle.MeshcoreDecoderOracle;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/**
 * The demo as {@code ./meshbridge} wires it, on a virtual clock: ten simulated minutes on the
 * demo mesh, then the packet sniffer and health read over real HTTP, and every packet checked by
 * meshcore-decoder (issue 3: "the demo's packets decode as valid in meshcore-decoder").
 */
class DemoRunIT {

    private static MeshcoreDecoderOracle decoder;

    @TempDir
    Path dataDir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private MeshbridgeServer server;

    @BeforeAll
    static void startOracle() {
        decoder = MeshcoreDecoderOracle.start();
    }

    @AfterAll
    static void stopOracle() {
        if (decoder != null) {
            decoder.close();
        }
    }

    @BeforeEach
    void startDemo() {
        server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false), dataDir),
                new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
        scheduler.afterEachTask(server::settleStore);
        scheduler.advance(Duration.ofMinutes(10));
    }

    @AfterEach
    void stopDemo() {
        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
        assertThat(server.stopped()).isDone();
    }

    @Test
    void packetsHeardAndSentAreListedNewestFirstWithTheirDecodedSummary() throws Exception {
        HttpJson.Reply reply = HttpJson.get(server.httpAddress(), "/api/v1/packets?limit=1000");

        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> packets = list(reply.body().path("packets"));
        assertThat(reply.body().path("count").asInt()).isEqualTo(packets.size()).isGreaterThan(10);
        assertThat(packets).extracting(p -> p.path("direction").asText()).contains("rx", "tx");
        assertThat(packets).allSatisfy(p -> {
            assertThat(p.path("link").asText()).isEqualTo("sim0");
            assertThat(p.path("hex").asText()).matches("[0-9a-f]+");
            assertThat(p.has("snr")).isTrue();
            assertThat(p.has("rssi")).isTrue();
            assertThat(p.at("/decoded/route").asText()).isIn("FLOOD", "DIRECT");
            assertThat(p.at("/decoded/hash").asText()).hasSize(16);
            assertThat(p.at("/decoded/hops").isInt()).isTrue();
            assertThat(p.at("/decoded/error").isMissingNode()).as(p.toString()).isTrue();
        });
        List<Instant> times = packets.stream().map(p -> Instant.parse(p.path("time").asText())).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(times).allSatisfy(t -> assertThat(t).isBetween(ManualScheduler.DEFAULT_START,
                ManualScheduler.DEFAULT_START.plus(Duration.ofMinutes(10))));
    }

    @Test
    void rxPacketsCarryTheSignalReportAndTxPacketsTheBridgesOwnAdvert() throws Exception {
        List<JsonNode> packets = list(HttpJson.get(server.httpAddress(), "/api/v1/packets?limit=1000").body().path("packets"));

        JsonNode rx = packets.stream().filter(p -> p.path("direction").asText().equals("rx")).findFirst().orElseThrow();
        assertThat(rx.path("snr").isNumber()).isTrue();
        assertThat(rx.path("rssi").asInt()).isBetween(-118, -70);
        assertThat(rx.path("duplicate").isBoolean()).isTrue();
        JsonNode tx = packets.stream().filter(p -> p.path("direction").asText().equals("tx"))
                .filter(p -> p.at("/decoded/public_key").asText().equals(server.health().node().publicKey()))
                .findFirst().orElseThrow();
        assertThat(tx.path("snr").isNull()).isTrue();
        assertThat(tx.path("rssi").isNull()).isTrue();
        assertThat(tx.path("outcome").asText()).isEqualTo("sent");
        assertThat(tx.at("/decoded/type").asText()).isEqualTo("ADVERT");
        assertThat(tx.at("/decoded/name").asText()).isEqualTo("meshbridge demo");
        assertThat(tx.at("/decoded/role").asText()).isEqualTo("chat");
        assertThat(tx.at("/decoded/signature_valid").asBoolean()).isTrue();
        assertThat(tx.at("/decoded/public_key").asText()).isEqualTo(server.health().node().publicKey());
    }

    @Test
    void groupTextsOnPublicAreOpenedAndAdvertsNamed() throws Exception {
        List<JsonNode> packets = list(HttpJson.get(server.httpAddress(), "/api/v1/packets?limit=1000").body().path("packets"));

        JsonNode text = packets.stream().filter(p -> p.at("/decoded/type").asText().equals("GRP_TXT")).findFirst().orElseThrow();
        assertThat(text.at("/decoded/channel").asText()).isEqualTo("public");
        assertThat(text.at("/decoded/channel_hash").asText()).isEqualTo(String.format("%02x", ChannelKey.PUBLIC.hash()));
        assertThat(text.at("/decoded/sender").asText()).isIn("alice", "bob", "carol");
        assertThat(text.at("/decoded/text").asText()).isNotBlank();
        assertThat(packets).filteredOn(p -> p.at("/decoded/type").asText().equals("ADVERT"))
                .extracting(p -> p.at("/decoded/name").asText()).contains("r1", "r2", "meshbridge demo");
    }

    @Test
    void everyListedPacketDecodesAsValidInMeshcoreDecoderAndAdvertSignaturesVerify() throws Exception {
        List<JsonNode> packets = list(HttpJson.get(server.httpAddress(), "/api/v1/packets?limit=1000").body().path("packets"));

        assertThat(packets).isNotEmpty();
        for (JsonNode packet : packets) {
            JsonNode oracle = decoder.decode(Bytes.fromHex(packet.path("hex").asText()), ChannelKey.PUBLIC.secret());
            String what = packet + " -> " + oracle;
            assertThat(oracle.has("error")).as(what).isFalse();
            assertThat(oracle.path("isValid").asBoolean()).as(what).isTrue();
            assertThat(oracle.path("payloadType").asInt()).as(what)
                    .isEqualTo(PayloadType.valueOf(packet.at("/decoded/type").asText()).code());
            assertThat(oracle.path("pathLength").asInt()).as(what).isEqualTo(packet.at("/decoded/hops").asInt());
            if (packet.at("/decoded/type").asText().equals("ADVERT")) {
                assertThat(oracle.at("/payload/decoded/signatureValid").asBoolean()).as(what).isTrue();
                assertThat(oracle.at("/payload/decoded/appData/name").asText()).as(what)
                        .isEqualTo(packet.at("/decoded/name").asText());
            }
            if (packet.at("/decoded/type").asText().equals("GRP_TXT")) {
                assertThat(oracle.at("/payload/decoded/decrypted/message").asText()).as(what)
                        .isEqualTo(packet.at("/decoded/text").asText());
            }
        }
    }

    @Test
    void healthzShowsTheSimulatedLinkUpAndTheNodesCounters() throws Exception {
        HttpJson.Reply reply = HttpJson.get(server.httpAddress(), "/healthz");

        JsonNode body = reply.body();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("mode").asText()).isEqualTo("demo");
        assertThat(body.path("uptime_s").asLong()).isEqualTo(600);
        assertThat(body.path("radio").toString())
                .isEqualTo("{\"state\":\"up\",\"id\":\"sim0\",\"type\":\"sim\",\"detail\":\"simulated air, node sim0\"}");
        assertThat(body.at("/node/name").asText()).isEqualTo("meshbridge demo");
        assertThat(body.at("/node/frames_received").asLong()).isPositive();
        assertThat(body.at("/node/duplicates").asLong()).isPositive();
        assertThat(body.at("/node/malformed").asLong()).isZero();
        assertThat(body.at("/node/airtime/transmitted").asLong()).isPositive();
        assertThat(body.at("/node/airtime/airtime_s").asDouble()).isPositive();
        assertThat(body.at("/node/packets_logged").asLong()).isPositive();
    }

    @Test
    void aLimitReturnsThatManyAndABadLimitIsAJson400() throws Exception {
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/packets?limit=5").body().path("packets").size()).isEqualTo(5);
        assertThat(HttpJson.get(server.httpAddress(), "/api/v1/packets").body().path("count").asInt()).isEqualTo(50);

        for (String bad : List.of("0", "1001", "ten", "-1", "5&limit=6", "")) {
            HttpJson.Reply reply = HttpJson.get(server.httpAddress(), "/api/v1/packets?limit=" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.body().path("error").asText()).isEqualTo("bad_request");
            assertThat(reply.body().path("message").asText()).startsWith("limit must be a whole number 1..1000");
        }
    }

    @Test
    void theBannerSaysItIsADemoOnASimulatedMeshAndHowToLookAtIt() {
        String url = "http://127.0.0.1:" + server.httpAddress().getPort();

        assertThat(server.banner()).contains(
                "DEMO: no config file given, so this is a demo on a SIMULATED mesh (no real radio):"
                        + " 2 repeaters and 3 companions chatting on the Public channel.",
                "HTTP listening on " + url + " (health: " + url + "/healthz)",
                "Packets heard and sent: curl " + url + "/api/v1/packets?limit=10");
        int companionPort = server.companionAddresses().get("demo").getPort();
        assertThat(server.banner()).contains("Companion protocol for account demo on 127.0.0.1:" + companionPort
                + ": connect a stock MeshCore client, e.g. 'meshcore-cli -t 127.0.0.1 -p " + companionPort + " infos'"
                + " or meshcore.js new TCPConnection(\"127.0.0.1\", " + companionPort + ")");
        assertThat(server.banner().get(0)).isEqualTo("meshbridge " + System.getProperty("meshbridge.expectedVersion"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
