package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.server.config.ObserverSettings;

/**
 * The community observer feed: packets of allowed types and a status on
 * {@code meshcore/{IATA}/{PUBKEY}/…} of a real Mosquitto, direct messages never; the login token
 * verified by meshcore-decoder's own {@code verifyAuthToken}.
 */
class ObserverFeedIT {

    private static final LocalIdentity NODE = LocalIdentity.generate(new SecureRandom());

    @TempDir
    java.nio.file.Path dir;

    @Test
    void forwardsAllowedPacketsAndStatusButNeverDirectMessages() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir, MosquittoBroker.Options.plain()
                .withUsers(Map.of("observer", "obs-pass", "recorder", "rec-pass")))) {
            ObserverSettings settings = new ObserverSettings(true, broker.address(), "SEA", ObserverSettings.Auth.PASSWORD,
                    Optional.empty(), Optional.of("observer"), Optional.of("obs-pass"), Optional.empty(),
                    Set.of(PayloadType.ADVERT, PayloadType.GRP_TXT), Duration.ofMinutes(5), Duration.ofHours(1));
            try (ObserverFeed feed = new ObserverFeed(settings, NODE, "Town Bridge", "869.525,250,11,5", "0.1.0",
                    Clock.systemUTC(), new SplittableRandom(1));
                 MqttRecorder recorder = MqttRecorder.subscribeAs(broker.port(), "recorder", "rec-pass", "meshcore/#")) {
                feed.start();
                String base = "meshcore/SEA/" + NODE.publicKey().hex().toUpperCase(java.util.Locale.ROOT);
                MqttRecorder.Received status = recorder.next(r -> r.topic().equals(base + "/status"));
                JsonNode s = MqttJson.MAPPER.readTree(status.payload());
                assertThat(s.path("status").asText()).isEqualTo("online");
                assertThat(s.path("origin_id").asText()).isEqualTo(base.substring(base.lastIndexOf('/') + 1));
                assertThat(s.path("radio").asText()).isEqualTo("869.525,250,11,5");

                feed.onPacketReceived(received(PayloadType.TXT_MSG, RouteType.DIRECT));
                feed.onPacketReceived(received(PayloadType.REQ, RouteType.FLOOD));
                feed.onPacketReceived(received(PayloadType.TRACE, RouteType.DIRECT));
                ReceivedPacket group = received(PayloadType.GRP_TXT, RouteType.FLOOD);
                feed.onPacketReceived(group);

                MqttRecorder.Received packet = recorder.next(r -> r.topic().equals(base + "/packets"));
                JsonNode p = MqttJson.MAPPER.readTree(packet.payload());
                assertThat(p.path("type").asText()).isEqualTo("PACKET");
                assertThat(p.path("direction").asText()).isEqualTo("rx");
                assertThat(p.path("packet_type").asText()).isEqualTo("5");
                assertThat(p.path("route").asText()).isEqualTo("F");
                assertThat(p.path("raw").asText()).isEqualTo(group.frame().packet().hex().toUpperCase(java.util.Locale.ROOT));
                assertThat(p.path("hash").asText()).isEqualTo(group.packet().hash().hex().toUpperCase(java.util.Locale.ROOT));
                assertThat(p.path("SNR").asText()).isEqualTo("7.25");
                assertThat(p.path("RSSI").asText()).isEqualTo("-93");
                assertThat(p.path("origin").asText()).isEqualTo("Town Bridge");
                assertThat(feed.forwarded()).isEqualTo(1);
                assertThat(feed.withheld()).isEqualTo(3);
                assertThat(recorder.all()).noneMatch(r -> r.topic().endsWith("/packets") && r != packet);
            }
        }
    }

    @Test
    void directMessageTypesAreNeverForwardedWhateverTheSettings() {
        for (PayloadType type : PayloadType.values()) {
            ObserverSettings all = ObserverSettings.DISABLED;
            boolean forwarded = ObserverFeed.forwards(all, type);
            if (ObserverSettings.DIRECT_TYPES.contains(type)) {
                assertThat(forwarded).as(type.name()).isFalse();
            }
        }
    }

    @Test
    void theLoginTokenVerifiesWithMeshcoreDecoder() throws Exception {
        java.nio.file.Path oracles = oracles();
        String token = ObserverToken.create(NODE, "mqtt-us-v1.letsmesh.net", Instant.now(), Duration.ofHours(1));
        String script = "const d=require(process.argv[1]);d.verifyAuthToken(process.argv[2],process.argv[3])"
                + ".then(p=>{console.log(JSON.stringify(p));process.exit(p?0:1)})";
        Process node = new ProcessBuilder("node", "-e", script,
                oracles.resolve("node_modules/@michaelhart/meshcore-decoder").toString(), token,
                NODE.publicKey().hex()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        JsonNode claims = MqttJson.MAPPER.readTree(out);
        assertThat(claims.path("publicKey").asText()).isEqualTo(NODE.publicKey().hex().toUpperCase(java.util.Locale.ROOT));
        assertThat(claims.path("aud").asText()).isEqualTo("mqtt-us-v1.letsmesh.net");
        assertThat(ObserverToken.username(NODE)).isEqualTo("v1_" + claims.path("publicKey").asText());

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("00") ? "11" : "00");
        Process refused = new ProcessBuilder("node", "-e", script,
                oracles.resolve("node_modules/@michaelhart/meshcore-decoder").toString(), forged,
                NODE.publicKey().hex()).redirectErrorStream(true).start();
        refused.getInputStream().readAllBytes();
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isNotZero();
    }

    private static ReceivedPacket received(PayloadType type, RouteType route) {
        Packet packet = new Packet(route, type.code(), 0, Optional.empty(), Path.ofOneByteHashes(0xc2, 0xe2),
                Bytes.fromHex("11223344556677889900aabbccddeeff"));
        return new ReceivedPacket(ReceivedFrame.withSignal("kiss0", packet.encode(), 29, -93, Instant.now()), packet, false);
    }

    /** The pinned npm oracles; skipped when missing, failed under -Dmeshbridge.oracles=required. */
    private static java.nio.file.Path oracles() {
        for (java.nio.file.Path d = java.nio.file.Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            java.nio.file.Path candidate = d.resolve("oracles/node_modules/@michaelhart/meshcore-decoder/package.json");
            if (Files.isRegularFile(candidate)) {
                return d.resolve("oracles");
            }
        }
        if ("required".equals(System.getProperty("meshbridge.oracles"))) {
            throw new IllegalStateException("meshcore-decoder is not installed in oracles/ (run npm ci there)");
        }
        assumeTrue(false, "meshcore-decoder is not installed in oracles/");
        return null;
    }
}
