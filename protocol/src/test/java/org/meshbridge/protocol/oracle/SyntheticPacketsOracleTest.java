package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertDecrypted;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertHeader;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertPeerDatagram;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.ints;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What meshcore-decoder 0.3.0 reports for the synthetic end-to-end vectors of spec §12.2 (client
 * A, hash 1E; room server B, hash 48). The decoder cannot decrypt peer datagrams (no ECDH), so
 * for those only the outer layout is checked; PATH payloads only by header and path (it misreads
 * their encrypted body as a plain path, pitfall P9).
 */
class SyntheticPacketsOracleTest {

    static final String PUBLIC_CHANNEL = "8b3387e9c5cdea6ac9e5edbaa115cd72";
    static final String CLIENT_A_PUB = "1EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C10";
    static final String ROOM_B_PUB = "4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E";

    /** [1] room advert from B, ts 1700000000, "Test BBS". */
    static final String V1_ROOM_ADVERT = "1100" + ROOM_B_PUB + "00F15365D0995EADE1F10351314D0CAE50FFBE29448339B2"
            + "647CEDFB987E5C6BB856D45E38DBD3B1E28EA095852BD5DC975DEF43CC8277B1F9A6DA27B132E17900ECC601930000"
            + "0000000000005465737420424253";
    /** [2] login ANON_REQ A→B payload (after header and path_len 0). */
    static final String V2_LOGIN_PAYLOAD = "48" + CLIENT_A_PUB + "2CFFAA53A7DFCADF3CF1FA889209FDAE2EAC";

    @RegisterExtension
    static final DecoderOracleSession ORACLE = new DecoderOracleSession();

    @Test
    void v1RoomAdvertIsSignedByTheRoomKeyAndNamedTestBbs() {
        JsonNode packet = ORACLE.decoder().decode(V1_ROOM_ADVERT);
        assertHeader(packet, 1, 4, List.of());
        JsonNode advert = packet.at("/payload/decoded");
        assertThat(advert.path("publicKey").asText()).isEqualTo(ROOM_B_PUB);
        assertThat(advert.path("timestamp").asLong()).isEqualTo(1700000000L);
        assertThat(advert.path("signatureValid").asBoolean()).isTrue();
        assertThat(advert.at("/appData/flags").asInt()).isEqualTo(0x93);
        assertThat(advert.at("/appData/deviceRole").asInt()).isEqualTo(3);
        assertThat(advert.at("/appData/name").asText()).isEqualTo("Test BBS");
        assertThat(advert.at("/appData/location/latitude").asDouble()).isZero();
        assertThat(advert.at("/appData/location/longitude").asDouble()).isZero();
    }

    @Test
    void v2LoginAnonRequestCarriesClientKeyToRoomHash() {
        JsonNode packet = ORACLE.decoder().decode("1D00" + V2_LOGIN_PAYLOAD);
        assertHeader(packet, 1, 7, List.of());
        assertAnonRequest(packet.at("/payload/decoded"));
    }

    @Test
    void v2LoginAfterTwoRepeatersHasTheirHashesInThePathAndTheSamePayload() {
        JsonNode packet = ORACLE.decoder().decode("1D02AABB" + V2_LOGIN_PAYLOAD);
        assertHeader(packet, 1, 7, List.of("AA", "BB"));
        assertAnonRequest(packet.at("/payload/decoded"));
    }

    @Test
    void v3LoginReplyIsAFloodPathPacketWithNoHops() {
        JsonNode packet = ORACLE.decoder().decode("21001E489B6E9E8620F8D1C1E6E5901F511CAE5AAFDBB826EB7A23C75F52C6A3828EE57C1035");
        assertHeader(packet, 1, 8, List.of());
        assertThat(packet.path("totalBytes").asInt()).isEqualTo(38);
    }

    @Test
    void v3bReciprocalPathIsDirectViaAaThenBb() {
        JsonNode packet = ORACLE.decoder().decode("2202AABB481E1332FBFB8D8732CE11963A5219A779D9DC7D");
        assertHeader(packet, 2, 8, List.of("AA", "BB"));
        assertThat(packet.path("totalBytes").asInt()).isEqualTo(24);
    }

    @Test
    void v4PostIsAFloodTextMessageFromClientToRoom() {
        JsonNode packet = ORACLE.decoder().decode("0900481E9C93514FABCFA4A66821C0F59544EC954529");
        assertHeader(packet, 1, 2, List.of());
        assertPeerDatagram(packet.at("/payload/decoded"), "48", "1E", "9C93", "514FABCFA4A66821C0F59544EC954529");
    }

    @Test
    void v5AckCarriesTheExpectedAckHashOfThePost() {
        JsonNode packet = ORACLE.decoder().decode("0D00712250F6");
        assertHeader(packet, 1, 3, List.of());
        assertThat(packet.at("/payload/decoded/checksum").asText()).isEqualTo("712250F6");
    }

    @Test
    void v6PushIsADirectTextMessageFromRoomToClientViaBbThenAa() {
        JsonNode packet = ORACLE.decoder().decode("0A02BBAA1E48183817D23A5A253AFE118C3572579CBA0670ADAC2FA74A420473635239C7F4"
                + "6EFC8D");
        assertHeader(packet, 2, 2, List.of("BB", "AA"));
        assertPeerDatagram(packet.at("/payload/decoded"), "1E", "48", "1838",
                "17D23A5A253AFE118C3572579CBA0670ADAC2FA74A420473635239C7F46EFC8D");
    }

    @Test
    void v7PublicChannelGroupTextDecryptsToAliceSayingHi() {
        JsonNode packet = ORACLE.decoder().decode("1500112A34D8E13779CE7668329339679EE383641C", PUBLIC_CHANNEL);
        assertHeader(packet, 1, 5, List.of());
        assertThat(packet.at("/payload/decoded/channelHash").asText()).isEqualTo("11");
        assertDecrypted(packet.at("/payload/decoded"), 1700000400L, "Alice", "hi");
    }

    @Test
    void v8StatusRequestIsAZeroHopDirectRequest() {
        JsonNode packet = ORACLE.decoder().decode("0200481EFBB8234DFE74CF031216BD80786684F16B12");
        assertHeader(packet, 2, 0, List.of());
        assertPeerDatagram(packet.at("/payload/decoded"), "48", "1E", "FBB8", "234DFE74CF031216BD80786684F16B12");
    }

    @Test
    void v9TestRegionScopedGroupTextHasTransportCode0C19AndStillDecrypts() {
        JsonNode packet = ORACLE.decoder().decode("14190C000000112A34D8E13779CE7668329339679EE383641C", PUBLIC_CHANNEL);
        assertHeader(packet, 0, 5, List.of());
        assertThat(ints(packet.path("transportCodes"))).containsExactly(0x0C19, 0);
        assertDecrypted(packet.at("/payload/decoded"), 1700000400L, "Alice", "hi");
    }

    @Test
    void v12LogPushCarriesTheAckOfV5() {
        String logPush = "3E0900882EC40D00712250F6";
        JsonNode packet = ORACLE.decoder().decode(logPush.substring(12));
        assertHeader(packet, 1, 3, List.of());
        assertThat(packet.at("/payload/decoded/checksum").asText()).isEqualTo("712250F6");
    }

    private static void assertAnonRequest(JsonNode anon) {
        assertThat(anon.path("destinationHash").asText()).isEqualTo("48");
        assertThat(anon.path("senderPublicKey").asText()).isEqualTo(CLIENT_A_PUB);
        assertThat(anon.path("cipherMac").asText()).isEqualTo("2CFF");
        assertThat(anon.path("ciphertext").asText()).isEqualTo("AA53A7DFCADF3CF1FA889209FDAE2EAC");
    }
}
