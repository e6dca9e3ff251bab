package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Vectors;

/** {@code meshbridge decode} on the real and synthetic packets of spec §12, in text and JSON. */
class DecodeCommandTest {

    @Test
    void r1AdvertPrintsEveryFieldAndAValidSignature() {
        CommandRun run = decode(Vectors.R1_ADVERT);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.field("route")).isEqualTo("FLOOD (1)");
        assertThat(run.field("payload type")).isEqualTo("ADVERT (0x04)");
        assertThat(run.field("version")).isEqualTo("0 (PAYLOAD_VER_1)");
        assertThat(run.field("hop count")).isEqualTo("0");
        assertThat(run.field("packet hash")).isEqualTo("75b10cb12c391078");
        assertThat(run.field("public key")).isEqualTo(Vectors.R1_PUB_KEY.hex());
        assertThat(run.field("node hash")).isEqualTo("7e");
        assertThat(run.field("timestamp")).isEqualTo("1758455660 (2025-09-21T11:54:20Z)");
        assertThat(run.field("signature check")).isEqualTo("VALID");
        assertThat(run.field("node type")).isEqualTo("REPEATER (2)");
        assertThat(run.field("flags")).isEqualTo("0x92 (location, name)");
        assertThat(run.field("latitude")).isEqualTo("47.543968");
        assertThat(run.field("longitude")).isEqualTo("-122.108616");
        assertThat(run.field("name")).isEqualTo("WW7STR/PugetMesh Cougar");
    }

    @Test
    void textValuesShareOneColumn() {
        CommandRun run = decode(Vectors.R1_ADVERT);

        assertThat(run.out().lines().filter(l -> !l.endsWith(":")).map(DecodeCommandTest::valueColumn).distinct())
                .singleElement();
    }

    @Test
    void r1AdvertAsJsonKeepsNumbersAsNumbers() {
        JsonNode json = decode("--json", Vectors.R1_ADVERT).json();

        assertThat(json.get("header").isInt()).isTrue();
        assertThat(json.get("header").asInt()).isEqualTo(0x11);
        assertThat(json.get("route").asText()).isEqualTo("FLOOD");
        assertThat(json.get("payload_type").asText()).isEqualTo("ADVERT");
        assertThat(json.get("version").asInt()).isZero();
        assertThat(json.get("packet_hash").asText()).isEqualTo("75b10cb12c391078");
        assertThat(json.get("hex").asText()).isEqualTo(Vectors.R1_ADVERT.hex());
        JsonNode advert = json.get("payload");
        assertThat(advert.get("timestamp").isIntegralNumber()).isTrue();
        assertThat(advert.get("timestamp").asLong()).isEqualTo(1758455660L);
        assertThat(advert.get("timestamp_utc").asText()).isEqualTo("2025-09-21T11:54:20Z");
        assertThat(advert.get("signature_valid").isBoolean()).isTrue();
        assertThat(advert.get("signature_valid").asBoolean()).isTrue();
        assertThat(advert.get("latitude").isNumber()).isTrue();
        assertThat(advert.get("latitude").asDouble()).isEqualTo(47.543968);
        assertThat(advert.get("longitude").asDouble()).isEqualTo(-122.108616);
        assertThat(advert.get("flags").asInt()).isEqualTo(0x92);
        assertThat(advert.get("node_type").asText()).isEqualTo("REPEATER");
        assertThat(advert.get("node_type_code").asInt()).isEqualTo(2);
        assertThat(advert.get("name").asText()).isEqualTo("WW7STR/PugetMesh Cougar");
    }

    @Test
    void r2PublicGroupTextIsDecryptedWithoutAnyChannelSecret() {
        CommandRun run = decode(Vectors.R2_GRP_TXT);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.field("channel hash")).isEqualTo("11");
        assertThat(run.field("mac")).isEqualTo("c3c1");
        assertThat(run.field("channel")).isEqualTo("Public");
        assertThat(run.field("timestamp")).isEqualTo("1758484279 (2025-09-21T19:51:19Z)");
        assertThat(run.field("sender")).isEqualTo("🌲 Tree");
        assertThat(run.field("message")).isEqualTo("☁️");
    }

    @Test
    void r3OpensWithTheHashtagSecretAndShowsThreeByteHops() {
        JsonNode json = decode("--channel-secret", "#bot", "--json", Vectors.R3_GRP_TXT_3BYTE_PATH).json();

        assertThat(json.get("path").get("hash_size").asInt()).isEqualTo(3);
        assertThat(json.get("path").get("hops")).extracting(JsonNode::asText).containsExactly("3fa002", "860cca", "e0eed9");
        JsonNode payload = json.get("payload");
        assertThat(payload.get("channel_hash").asText()).isEqualTo("ca");
        assertThat(payload.get("decrypted").asBoolean()).isTrue();
        assertThat(payload.get("channel").asText()).isEqualTo("#bot");
        assertThat(payload.get("timestamp").asLong()).isEqualTo(1772919297L);
        assertThat(payload.get("sender").asText()).isEqualTo("Roy B V4");
        assertThat(payload.get("message").asText()).isEqualTo("P");
        assertThat(payload.get("text").asText()).isEqualTo("Roy B V4: P");
    }

    @Test
    void r3OpensWithTheSameSecretGivenAsHexOrBase64() {
        String hex = Vectors.BOT_CHANNEL_KEY.hex();
        String base64 = java.util.Base64.getEncoder().encodeToString(Vectors.BOT_CHANNEL_KEY.toArray());

        for (String secret : new String[] {hex, hex.toUpperCase(java.util.Locale.ROOT), base64}) {
            JsonNode payload = decode("--channel-secret", secret, "--json", Vectors.R3_GRP_TXT_3BYTE_PATH).json().get("payload");
            assertThat(payload.get("channel").asText()).as(secret).isEqualTo("secret 1");
            assertThat(payload.get("text").asText()).isEqualTo("Roy B V4: P");
        }
    }

    @Test
    void r4WithoutTheSecretSaysWhichChannelHashNothingOpened() {
        CommandRun run = decode(Vectors.R4_GRP_TXT_2BYTE_MODE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.field("hash size")).isEqualTo("2 bytes");
        assertThat(run.field("decrypted")).isEqualTo("no: no given channel has hash ca (tried Public; add --channel-secret)");
        assertThat(decode("--json", Vectors.R4_GRP_TXT_2BYTE_MODE).json().get("payload").get("decrypted").asBoolean()).isFalse();
    }

    @Test
    void r5TransportCodeMatchesTheOttawaRegion() {
        CommandRun run = decode("--region", "ottawa", Vectors.R5_TRANSPORT_FLOOD);

        assertThat(run.field("route")).isEqualTo("TRANSPORT_FLOOD (0)");
        assertThat(run.field("code1")).isEqualTo("0x1afa");
        assertThat(run.field("code2")).isEqualTo("0x0000");
        assertThat(run.field("region")).isEqualTo("#ottawa (code1 matches)");
        assertThat(run.field("hops")).isEqualTo("4e 92 7d");
        JsonNode codes = decode("--region", "#toronto", "--region", "#ottawa", "--json", Vectors.R5_TRANSPORT_FLOOD)
                .json().get("transport_codes");
        assertThat(codes.get("code1").asInt()).isEqualTo(0x1AFA);
        assertThat(codes.get("region").asText()).isEqualTo("#ottawa");
    }

    @Test
    void r5WithOtherRegionsSaysNoneMatches() {
        CommandRun run = decode("--region", "#toronto", Vectors.R5_TRANSPORT_FLOOD);

        assertThat(run.field("region")).isEqualTo("none of #toronto matches code1");
        assertThat(decode("--region", "toronto", "--json", Vectors.R5_TRANSPORT_FLOOD).json()
                .get("transport_codes").get("region").isNull()).isTrue();
    }

    @Test
    void peerDatagramsShowHashesMacAndCiphertextLength() {
        JsonNode req = decode("--json", Vectors.R6_REQ).json().get("payload");

        assertThat(req.get("type").asText()).isEqualTo("REQ");
        assertThat(req.get("dest_hash").asText()).isEqualTo("d1");
        assertThat(req.get("src_hash").asText()).isEqualTo("de");
        assertThat(req.get("mac").asText()).isEqualTo("b01b");
        assertThat(req.get("ciphertext_length").asInt()).isEqualTo(16);
        assertThat(req.get("encryption").asText()).isEqualTo("ECDH");
        assertThat(decode(Vectors.R6_TXT_MSG).field("encryption")).startsWith("encrypted (ECDH");
    }

    @Test
    void anonRequestShowsTheSenderKey() {
        JsonNode anon = decode("--json", Vectors.R6_ANON_REQ).json().get("payload");

        assertThat(anon.get("dest_hash").asText()).isEqualTo("57");
        assertThat(anon.get("sender_public_key").asText()).startsWith("54af").endsWith("a496").hasSize(64);
        assertThat(anon.get("sender_hash").asText()).isEqualTo("54");
        assertThat(anon.get("mac").asText()).isEqualTo("141b");
    }

    @Test
    void ackShowsItsChecksumAndPath() {
        JsonNode json = decode("--json", Vectors.R6_ACK).json();

        assertThat(json.get("path").get("hops")).extracting(JsonNode::asText).containsExactly("b8", "91", "64", "7e");
        assertThat(json.get("payload").get("checksum").asText()).isEqualTo("bb40ba70");
        assertThat(json.get("payload").get("extra").asText()).isEmpty();
        JsonNode direct = decode("--json", Vectors.ORACLE_ACK_2BYTE_HOP).json();
        assertThat(direct.get("path").get("hops")).extracting(JsonNode::asText).containsExactly("aabb");
        assertThat(direct.get("payload").get("checksum").asText()).isEqualTo("11223344");
    }

    @Test
    void traceShowsTagHopsAndPathSnrsInDecibels() {
        CommandRun run = decode(Vectors.R6_TRACE);
        assertThat(run.field("hop SNRs")).isEqualTo("12 dB");
        assertThat(run.field("tag")).isEqualTo("0xbd894da2");

        JsonNode json = decode("--json", Vectors.R6_TRACE).json();
        assertThat(json.get("path").get("snr_db")).extracting(JsonNode::asDouble).containsExactly(12.0);
        assertThat(json.get("payload").get("tag").asLong()).isEqualTo(0xBD894DA2L);
        assertThat(json.get("payload").get("auth_code").asLong()).isZero();
        assertThat(json.get("payload").get("hops")).extracting(JsonNode::asText).containsExactly("fb");

        JsonNode twoByte = decode("--json", Vectors.ORACLE_TRACE_2BYTE).json().get("payload");
        assertThat(twoByte.get("hash_size").asInt()).isEqualTo(2);
        assertThat(twoByte.get("hops")).extracting(JsonNode::asText).containsExactly("aabb", "ccdd");
        assertThat(twoByte.get("tag").asLong()).isEqualTo(0x01020304L);
        assertThat(twoByte.get("auth_code").asLong()).isEqualTo(0x0D0C0B0AL);
    }

    @Test
    void controlDiscoverResponseShowsNodeTypeSnrTagAndKey() {
        CommandRun run = decode(Vectors.R6_DISCOVER_RESP);
        assertThat(run.field("sub type")).isEqualTo("0x90 DISCOVER_RESP");
        assertThat(run.field("snr")).isEqualTo("-9 dB");

        JsonNode resp = decode("--json", Vectors.R6_DISCOVER_RESP).json().get("payload");
        assertThat(resp.get("node_type").asText()).isEqualTo("REPEATER");
        assertThat(resp.get("snr_db").asDouble()).isEqualTo(-9.0);
        assertThat(resp.get("tag").asLong()).isEqualTo(0x5B3E3335L);
        assertThat(resp.get("public_key").asText()).hasSize(64).startsWith("4fbb374d");
    }

    @Test
    void controlDiscoverRequestShowsFilterTypesTagAndSince() {
        JsonNode req = decode("--json", Vectors.ORACLE_DISCOVER_REQ).json().get("payload");

        assertThat(req.get("sub_type").asInt()).isEqualTo(0x80);
        assertThat(req.get("zero_hop_only").asBoolean()).isTrue();
        assertThat(req.get("type_filter").asInt()).isEqualTo(4);
        assertThat(req.get("types")).extracting(JsonNode::asText).containsExactly("REPEATER");
        assertThat(req.get("tag").asLong()).isEqualTo(0x04030201L);
        assertThat(req.get("since").asLong()).isZero();
    }

    @Test
    void syntheticRoomAdvertAndLoginDecode() {
        JsonNode advert = decode("--json", Vectors.V1_ROOM_ADVERT).json();
        assertThat(advert.get("packet_hash").asText()).isEqualTo(Vectors.V1_HASH.hex());
        assertThat(advert.get("payload").get("node_type").asText()).isEqualTo("ROOM");
        assertThat(advert.get("payload").get("name").asText()).isEqualTo("Test BBS");
        assertThat(advert.get("payload").get("signature_valid").asBoolean()).isTrue();

        JsonNode login = decode("--json", Vectors.V2_LOGIN_AFTER_TWO_HOPS).json();
        assertThat(login.get("packet_hash").asText()).isEqualTo(Vectors.V2_HASH.hex());
        assertThat(login.get("payload").get("sender_public_key").asText()).isEqualTo(Vectors.A_PUB_KEY.hex());
    }

    private static CommandRun decode(Object... args) {
        String[] all = new String[args.length + 1];
        all[0] = "decode";
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i] instanceof Bytes b ? b.hex() : args[i].toString();
        }
        return CommandRun.execute(all);
    }

    private static int valueColumn(String line) {
        int labelEnd = line.indexOf("  ", line.length() - line.stripLeading().length());
        int column = labelEnd;
        while (line.charAt(column) == ' ') {
            column++;
        }
        return column;
    }
}
