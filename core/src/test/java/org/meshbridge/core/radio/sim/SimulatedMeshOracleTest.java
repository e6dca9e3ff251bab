package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.oracle.DecoderOracleSession;
import org.meshbridge.protocol.oracle.MeshcoreDecoderOracle;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * meshcore-decoder (a third-party ORACLE.decoder()) reads every frame the simulated peers put on the air
 * during a run with adverts, a flooded and a direct DM with their ACKs and PATHs, and channel
 * texts: each must be a valid packet with the header we meant, adverts must carry valid
 * signatures, and channel texts must decrypt with the Public key to what was sent.
 */
class SimulatedMeshOracleTest {

    private static final long SEED = 7;
    @RegisterExtension
    static final DecoderOracleSession ORACLE = new DecoderOracleSession();

    @Test
    void everyPacketEmittedInASimulationRunDecodesAsValidInMeshcoreDecoder() {
        SimMeshHarness mesh = new SimMeshHarness(SEED);
        SimCompanion alice = mesh.companion("alice");
        SimRepeater r1 = mesh.repeater("r1");
        SimRepeater r2 = mesh.repeater("r2");
        SimCompanion bob = mesh.companion("bob");
        mesh.line("alice", "r1", "r2", "bob");
        r1.advertNow(false);
        mesh.run(Duration.ofSeconds(10));
        r2.advertNow(true);
        mesh.run(Duration.ofSeconds(10));
        MeshScenarioTest.introduce(mesh, alice, bob);
        alice.sendText("bob", "hello through the simulator");
        mesh.run(Duration.ofSeconds(30));
        alice.sendText("bob", "direct this time");
        mesh.run(Duration.ofSeconds(30));
        bob.sendChannelText(SimCompanion.PUBLIC_CHANNEL, "hi everyone 👋");
        mesh.run(Duration.ofSeconds(30));

        List<SimMeshHarness.Sent> sent = mesh.sent;
        Set<PayloadType> types = sent.stream().map(s -> s.packet().payloadType().orElseThrow()).collect(Collectors.toSet());
        assertThat(types).as("the run covers every type the peers send")
                .contains(PayloadType.ADVERT, PayloadType.TXT_MSG, PayloadType.PATH, PayloadType.ACK, PayloadType.GRP_TXT);
        Map<String, String> names = Stream.of(alice, r1, r2, bob)
                .collect(Collectors.toMap(p -> p.identity().publicKey().hex().toUpperCase(Locale.ROOT), SimMesh::name));
        for (SimMeshHarness.Sent s : sent) {
            checkWithOracle(s, names);
        }
        assertThat(bob.channelMessages()).isEmpty();
        assertThat(alice.channelMessages()).extracting(ChannelMessage::message).containsExactly("hi everyone 👋");
    }

    @Test
    void theDemoMeshPacketsDecodeAsValidInMeshcoreDecoder() {
        List<org.meshbridge.core.radio.ReceivedFrame> heard = DemoMeshTest.heardByTheBridge(DemoMeshTest.SEED, Duration.ofMinutes(10));

        assertThat(heard).isNotEmpty();
        for (org.meshbridge.core.radio.ReceivedFrame frame : heard) {
            JsonNode json = ORACLE.decoder().decode(frame.packet(), ChannelKey.PUBLIC.secret());
            String what = frame.packet().hex() + " -> " + json;
            assertThat(json.path("isValid").asBoolean()).as(what).isTrue();
            if (json.path("payloadType").asInt() == PayloadType.ADVERT.code()) {
                assertThat(json.at("/payload/decoded/signatureValid").asBoolean()).as(what).isTrue();
            }
            if (json.path("payloadType").asInt() == PayloadType.GRP_TXT.code()) {
                assertThat(json.at("/payload/decoded/decrypted/message").asText()).as(what).isNotBlank();
            }
        }
    }

    private static void checkWithOracle(SimMeshHarness.Sent s, Map<String, String> names) {
        Packet packet = s.packet();
        JsonNode json = ORACLE.decoder().decode(s.frame(), ChannelKey.PUBLIC.secret());
        String what = s.sender() + " sent " + s.frame().hex() + " -> " + json;
        assertThat(json.has("error")).as(what).isFalse();
        assertThat(json.path("isValid").asBoolean()).as(what).isTrue();
        assertThat(json.path("routeType").asInt()).as(what).isEqualTo(packet.route().code());
        assertThat(json.path("payloadType").asInt()).as(what).isEqualTo(packet.payloadTypeCode());
        assertThat(json.path("pathLength").asInt()).as(what).isEqualTo(packet.path().hopCount());
        JsonNode payload = json.at("/payload/decoded");
        switch (packet.payloadType().orElseThrow()) {
            case ADVERT -> {
                assertThat(payload.path("isValid").asBoolean()).as(what).isTrue();
                assertThat(payload.path("signatureValid").asBoolean()).as("advert signature: " + what).isTrue();
                assertThat(payload.at("/appData/name").asText()).as(what)
                        .isEqualTo(names.get(payload.path("publicKey").asText().toUpperCase(Locale.ROOT)));
            }
            case GRP_TXT -> {
                assertThat(payload.path("isValid").asBoolean()).as(what).isTrue();
                assertThat(payload.at("/decrypted/sender").asText()).as(what).isEqualTo("bob");
                assertThat(payload.at("/decrypted/message").asText()).as(what).isEqualTo("hi everyone 👋");
            }
            case TXT_MSG, ACK -> assertThat(payload.path("isValid").asBoolean()).as(what).isTrue();
            default -> {
                // PATH: the decoder reads the encrypted PATH payload as if it were plain (a known quirk), so only the
                // packet-level checks above apply
            }
        }
    }
}
