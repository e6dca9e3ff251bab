package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertDecrypted;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertHeader;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decoder's shipped vectors not already in spec §12.1 (test-oracles.md §4.3), and the
 * packets built independently of the decoder and verified by it (test-oracles.md §4.4).
 */
class DecoderShippedVectorsOracleTest {

    /** §4.4: chat-node advert "OracleNode" signed with room key B (orlp expanded key), ts 1758455660. */
    static final String ORACLE_NODE_ADVERT = "11004852b69364572b52efa1b6bb3e6d0abed4f389a1cbfbb60a9bba2cce649caf0e"
            + "6ce7cf688d1e41ab752400d7bf742d41d53b35990463621dffc3951aaed79ef52a17ebf1a49ff0912d1c0c5c5455ce52"
            + "a9ce25dbc7f563fac9b9d69d3965d8394043bc0291a076d50238c5b8f84f7261636c654e6f6465";

    @RegisterExtension
    static final DecoderOracleSession ORACLE = new DecoderOracleSession();

    @Test
    void reservedPathHashSizeMakesThePacketInvalidWithPlaceholderRouteAndType() {
        JsonNode packet = ORACLE.decoder().decode("15C1FF00");
        assertThat(packet.path("isValid").asBoolean()).isFalse();
        assertThat(texts(packet.path("errors"))).singleElement().asString().contains("reserved hash size");
        assertThat(packet.path("routeType").asInt()).isEqualTo(1);
        assertThat(packet.path("payloadType").asInt()).isEqualTo(15);
    }

    @Test
    void directAckWithOneTwoByteHop() {
        JsonNode packet = ORACLE.decoder().decode("0E41AABB11223344");
        assertHeader(packet, 2, 3, List.of("AABB"));
        assertThat(packet.path("pathHashSize").asInt()).isEqualTo(2);
        assertThat(packet.at("/payload/decoded/checksum").asText()).isEqualTo("11223344");
    }

    @Test
    void floodPathPacketHasFiveHopsInItsOuterPath() {
        JsonNode packet = ORACLE.decoder().decode("2105F464C77E411279399EFE1942B8A3FFA10F54D9C602FF2C8CF4");
        assertHeader(packet, 1, 8, List.of("F4", "64", "C7", "7E", "41"));
    }

    @Test
    void traceFlagsOneMeansTwoByteHopHashes() {
        JsonNode packet = ORACLE.decoder().decode("260130040302010A0B0C0D01AABBCCDD");
        assertHeader(packet, 2, 9, List.of("30"));
        JsonNode trace = packet.at("/payload/decoded");
        assertThat(trace.path("traceTag").asText()).isEqualTo("01020304");
        assertThat(trace.path("authCode").asLong()).isEqualTo(0x0D0C0B0AL);
        assertThat(trace.path("flags").asInt()).isEqualTo(1);
        assertThat(trace.path("pathHashSize").asInt()).isEqualTo(2);
        assertThat(texts(trace.path("pathHashes"))).containsExactly("AABB", "CCDD");
    }

    @Test
    void controlDiscoverRequestForRepeaters() {
        JsonNode packet = ORACLE.decoder().decode("2E0080040102030400000000");
        assertHeader(packet, 2, 11, List.of());
        JsonNode control = packet.at("/payload/decoded");
        assertThat(control.path("subType").asInt()).isEqualTo(0x80);
        assertThat(control.path("prefixOnly").asBoolean()).isFalse();
        assertThat(control.path("typeFilter").asInt()).isEqualTo(4);
        assertThat(control.path("tag").asLong()).isEqualTo(0x04030201L);
        assertThat(control.path("since").asLong()).isZero();
    }

    @Test
    void independentlySignedAdvertVerifies() {
        JsonNode packet = ORACLE.decoder().decode(ORACLE_NODE_ADVERT);
        assertHeader(packet, 1, 4, List.of());
        JsonNode advert = packet.at("/payload/decoded");
        assertThat(advert.path("signatureValid").asBoolean()).isTrue();
        assertThat(advert.at("/appData/deviceRole").asInt()).isEqualTo(1);
        assertThat(advert.at("/appData/name").asText()).isEqualTo("OracleNode");
        assertThat(advert.at("/appData/location/latitude").asDouble()).isEqualTo(47.543968);
        assertThat(advert.at("/appData/location/longitude").asDouble()).isEqualTo(-122.108616);
    }

    @Test
    void independentlyEncryptedPublicGroupTextDecrypts() {
        JsonNode packet = ORACLE.decoder().decode("150011721adc18a637087aee1686f052d61e3291bbb2a57bc68a0807025df4f8332003814d",
                SyntheticPacketsOracleTest.PUBLIC_CHANNEL);
        assertHeader(packet, 1, 5, List.of());
        assertDecrypted(packet.at("/payload/decoded"), 1758455660L, "OracleNode", "hello mesh");
    }

    @Test
    void badHexIsAnErrorReplyAndTheNextRequestStillDecodes() {
        assertThat(ORACLE.decoder().decode("0D0").path("error").asText()).contains("odd length");
        assertThat(ORACLE.decoder().decode("XYZW").path("error").asText()).contains("invalid characters");
        assertThat(ORACLE.decoder().decode("0D00712250F6").at("/payload/decoded/checksum").asText()).isEqualTo("712250F6");
    }
}
