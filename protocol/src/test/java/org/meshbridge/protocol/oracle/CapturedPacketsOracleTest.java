package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertDecrypted;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertHeader;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertPeerDatagram;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.ints;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What meshcore-decoder 0.3.0 reports for real captured packets: spec §12.1 [R1]–[R6] and the
 * decoder's own shipped vectors (test-oracles.md §4.3). These are the reference values our packet
 * codecs are compared with.
 */
class CapturedPacketsOracleTest {

    static final String PUBLIC_CHANNEL = "8b3387e9c5cdea6ac9e5edbaa115cd72";
    static final String BOT_CHANNEL = "eb50a1bcb3e4e5d7bf69a57c9dada211";

    /** [R1] flood advert of repeater "WW7STR/PugetMesh Cougar". */
    static final String R1_ADVERT = "11007E7662676F7F0850A8A355BAAFBFC1EB7B4174C340442D7D7161C9474A2C9400"
            + "6CE7CF682E58408DD8FCC51906ECA98EBF94A037886BDADE7ECD09FD92B839491DF3809C9454F5286D1D3370AC31A3"
            + "4593D569E9A042A3B41FD331DFFB7E18599CE1E60992A076D50238C5B8F85757375354522F50756765744D65736820"
            + "436F75676172";
    /** [R5] transport-flood GroupText scoped to region "#ottawa". */
    static final String R5_TRANSPORT_FLOOD = "14FA1A0000034E927D596EA23622BCB4D5945E49348165AF7DABA3F5DCEED85F43"
            + "0E0856DB5B591E86AB3363BC00E1BA30776698F72FC57C7168E66A4875CDB710F3C175FC2B3FE75A036EF14FA59A70"
            + "9062D3A9FF7014F2E7A8512C";

    @RegisterExtension
    static final DecoderOracleSession ORACLE = new DecoderOracleSession();

    @Test
    void r1AdvertIsAFloodRepeaterAdvertWithAValidSignatureAndLocation() {
        JsonNode packet = ORACLE.decoder().decode(R1_ADVERT);
        assertHeader(packet, 1, 4, List.of());
        assertThat(packet.path("totalBytes").asInt()).isEqualTo(134);
        JsonNode advert = packet.at("/payload/decoded");
        assertThat(advert.path("publicKey").asText()).isEqualTo(
                "7E7662676F7F0850A8A355BAAFBFC1EB7B4174C340442D7D7161C9474A2C9400");
        assertThat(advert.path("timestamp").asLong()).isEqualTo(1758455660L);
        assertThat(advert.path("signatureValid").asBoolean()).isTrue();
        assertThat(advert.at("/appData/flags").asInt()).isEqualTo(0x92);
        assertThat(advert.at("/appData/deviceRole").asInt()).isEqualTo(2);
        assertThat(advert.at("/appData/name").asText()).isEqualTo("WW7STR/PugetMesh Cougar");
        assertThat(advert.at("/appData/location/latitude").asDouble()).isEqualTo(47.543968);
        assertThat(advert.at("/appData/location/longitude").asDouble()).isEqualTo(-122.108616);
    }

    @Test
    void r1AdvertWithOneNameByteChangedFailsSignatureVerification() {
        String tampered = R1_ADVERT.substring(0, R1_ADVERT.length() - 2) + "73";
        JsonNode packet = ORACLE.decoder().decode(tampered);
        assertThat(packet.path("isValid").asBoolean()).isFalse();
        assertThat(packet.at("/payload/decoded/signatureValid").asBoolean()).isFalse();
        assertThat(packet.at("/payload/decoded/appData/name").asText()).isEqualTo("WW7STR/PugetMesh Cougas");
    }

    @Test
    void r2PublicChannelGroupTextDecryptsToSenderTextAndTimestamp() {
        JsonNode packet = ORACLE.decoder().decode("150011C3C1354D619BAE9590E4D177DB7EEAF982F5BDCF78005D75157D9535FA90178F785D",
                PUBLIC_CHANNEL);
        assertHeader(packet, 1, 5, List.of());
        JsonNode text = packet.at("/payload/decoded");
        assertThat(text.path("channelHash").asText()).isEqualTo("11");
        assertThat(text.path("cipherMac").asText()).isEqualTo("C3C1");
        assertThat(text.path("ciphertextLength").asInt()).isEqualTo(32);
        assertDecrypted(text, 1758484279L, "🌲 Tree", "☁️");
    }

    @Test
    void r2WithoutTheChannelKeyStaysEncrypted() {
        JsonNode packet = ORACLE.decoder().decode("150011C3C1354D619BAE9590E4D177DB7EEAF982F5BDCF78005D75157D9535FA90178F785D");
        assertThat(packet.path("isValid").asBoolean()).isTrue();
        assertThat(packet.at("/payload/decoded").has("decrypted")).isFalse();
    }

    @Test
    void r3BotChannelGroupTextHasThreeThreeByteHops() {
        JsonNode packet = ORACLE.decoder().decode("15833fa002860ccae0eed9ca78b9ab0775d477c1f6490a398bf4edc75240", BOT_CHANNEL);
        assertHeader(packet, 1, 5, List.of("3FA002", "860CCA", "E0EED9"));
        assertThat(packet.path("pathHashSize").asInt()).isEqualTo(3);
        assertThat(packet.at("/payload/decoded/channelHash").asText()).isEqualTo("CA");
        assertDecrypted(packet.at("/payload/decoded"), 1772919297L, "Roy B V4", "P");
    }

    @Test
    void r4BotChannelGroupTextHasTwoByteHashModeAndNoHops() {
        JsonNode packet = ORACLE.decoder().decode("1540cab3b15626481a5ba64247ab25766e410b026e0678a32da9f0c3946fae5b714cab170f",
                PUBLIC_CHANNEL, BOT_CHANNEL);
        assertHeader(packet, 1, 5, List.of());
        assertThat(packet.path("pathHashSize").asInt()).isEqualTo(2);
        assertDecrypted(packet.at("/payload/decoded"), 1772918551L, "Howl 👾", "prefix 0101");
    }

    @Test
    void r5TransportFloodCarriesTheOttawaRegionCode() {
        JsonNode packet = ORACLE.decoder().decode(R5_TRANSPORT_FLOOD);
        assertHeader(packet, 0, 5, List.of("4E", "92", "7D"));
        assertThat(ints(packet.path("transportCodes"))).containsExactly(0x1AFA, 0);
        assertThat(packet.at("/payload/decoded/channelHash").asText()).isEqualTo("59");
        assertThat(packet.at("/payload/decoded/cipherMac").asText()).isEqualTo("6EA2");
    }

    @Test
    void r6DirectRequestHasDestinationSourceAndMac() {
        JsonNode packet = ORACLE.decoder().decode("0200D1DEB01B2F8B72DD363AA4EF07E0BDA2266A8979");
        assertHeader(packet, 2, 0, List.of());
        assertPeerDatagram(packet.at("/payload/decoded"), "D1", "DE", "B01B", "2F8B72DD363AA4EF07E0BDA2266A8979");
    }

    @Test
    void r6DirectResponseHasDestinationSourceAndMac() {
        JsonNode packet = ORACLE.decoder().decode("0600DE1FDFCAD56E6C38B756FEE81C24199C6043AC5B");
        assertHeader(packet, 2, 1, List.of());
        assertPeerDatagram(packet.at("/payload/decoded"), "DE", "1F", "DFCA", "D56E6C38B756FEE81C24199C6043AC5B");
    }

    @Test
    void r6DirectAnonRequestCarriesTheSenderPublicKey() {
        JsonNode packet = ORACLE.decoder().decode("1E015F5754AF4E36FB37D58BE06A87AA8F97C23D0A1F42EC66ECED68875175540404A4"
                + "96141B071D2809885DE13090A8F813B9151927");
        assertHeader(packet, 2, 7, List.of("5F"));
        JsonNode anon = packet.at("/payload/decoded");
        assertThat(anon.path("destinationHash").asText()).isEqualTo("57");
        assertThat(anon.path("senderPublicKey").asText()).isEqualTo(
                "54AF4E36FB37D58BE06A87AA8F97C23D0A1F42EC66ECED68875175540404A496");
        assertThat(anon.path("cipherMac").asText()).isEqualTo("141B");
        assertThat(anon.path("ciphertext").asText()).isEqualTo("071D2809885DE13090A8F813B9151927");
    }

    @Test
    void r6FloodTextMessageHasFourHops() {
        JsonNode packet = ORACLE.decoder().decode("09046F17C47ED00A13E16AB5B94B1CC2D1A5059C6E5A6253C60D");
        assertHeader(packet, 1, 2, List.of("6F", "17", "C4", "7E"));
        assertPeerDatagram(packet.at("/payload/decoded"), "D0", "0A", "13E1", "6AB5B94B1CC2D1A5059C6E5A6253C60D");
    }

    @Test
    void r6FloodAckHasFourHopsAndItsChecksum() {
        JsonNode packet = ORACLE.decoder().decode("0D04B891647EBB40BA70");
        assertHeader(packet, 1, 3, List.of("B8", "91", "64", "7E"));
        assertThat(packet.at("/payload/decoded/checksum").asText()).isEqualTo("BB40BA70");
    }

    @Test
    void r6DirectTraceReadsTagAuthHashAndTheSnrFromThePath() {
        JsonNode packet = ORACLE.decoder().decode("260130A24D89BD0000000000FB");
        assertHeader(packet, 2, 9, List.of("30"));
        JsonNode trace = packet.at("/payload/decoded");
        assertThat(trace.path("traceTag").asText()).isEqualTo("BD894DA2");
        assertThat(trace.path("authCode").asLong()).isZero();
        assertThat(trace.path("flags").asInt()).isZero();
        assertThat(texts(trace.path("pathHashes"))).containsExactly("FB");
        assertThat(trace.path("snrValues").get(0).asDouble()).isEqualTo(12.0);
    }

    @Test
    void r6ControlDiscoverResponseFromARepeater() {
        JsonNode packet = ORACLE.decoder().decode("2E0092DC35333E5B4FBB374D26E77A3AF0A0E3D34A7174131BBEBF2341EE948B6F4B13CF80"
                + "0C928F");
        assertHeader(packet, 2, 11, List.of());
        JsonNode control = packet.at("/payload/decoded");
        assertThat(control.path("subType").asInt()).isEqualTo(0x90);
        assertThat(control.path("rawFlags").asInt()).isEqualTo(0x92);
        assertThat(control.path("nodeType").asInt()).isEqualTo(2);
        assertThat(control.path("snr").asDouble()).isEqualTo(-9.0);
        assertThat(control.path("tag").asLong()).isEqualTo(0x5B3E3335L);
        assertThat(control.path("publicKey").asText()).isEqualTo(
                "4FBB374D26E77A3AF0A0E3D34A7174131BBEBF2341EE948B6F4B13CF800C928F");
    }
}
