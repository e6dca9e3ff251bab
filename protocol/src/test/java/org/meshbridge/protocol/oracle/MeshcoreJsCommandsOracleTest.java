package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The app→radio command frames meshcore.js 1.13.0 builds (these are what a meshbridge companion
 * server must decode), and its raw-packet parser on spec §12 vectors.
 */
class MeshcoreJsCommandsOracleTest {

    static final Bytes ROOM_B_PUB = MeshcoreJsFramesOracleTest.ROOM_B_PUB;

    private static MeshcoreJsOracle mcjs;

    @BeforeAll
    static void startOracle() {
        mcjs = MeshcoreJsOracle.start();
    }

    @AfterAll
    static void stopOracle() {
        if (mcjs != null) {
            mcjs.close();
        }
    }

    @Test
    void deviceQueryIsFramedWithLessThanAndALittleEndianLength() {
        assertThat(wire("sendCommandDeviceQuery", 1)).isEqualTo(Bytes.fromHex("3C 0200 16 01"));
        assertThat(wire("sendCommandDeviceQuery", 3)).isEqualTo(Bytes.fromHex("3C 0200 16 03"));
    }

    @Test
    void appStartAnnouncesVersionOneAndTheNameTest() {
        assertThat(payload("sendCommandAppStart")).isEqualTo(Bytes.fromHex("01 01 000000000000").concat(Bytes.utf8("test")));
    }

    @Test
    void sendTxtMsgKeepsOnlySixBytesOfTheKey() {
        Bytes payload = payload("sendCommandSendTxtMsg", 0, 0, 1700000200L, ROOM_B_PUB, "Hello room");
        assertThat(payload).isEqualTo(Bytes.fromHex("02 00 00 C8F15365 4852B6936457").concat(Bytes.utf8("Hello room")));
    }

    @Test
    void sendChannelTxtMsgHasTypeChannelTimestampAndText() {
        Bytes payload = payload("sendCommandSendChannelTxtMsg", 0, 0, 1700000400L, "hi  there");
        assertThat(payload).isEqualTo(Bytes.fromHex("03 00 00 90F25365").concat(Bytes.utf8("hi  there")));
    }

    @Test
    void getContactsSendsSinceOnlyWhenGiven() {
        assertThat(payload("sendCommandGetContacts")).isEqualTo(Bytes.fromHex("04"));
        assertThat(payload("sendCommandGetContacts", 1700000000L)).isEqualTo(Bytes.fromHex("04 00F15365"));
    }

    @Test
    void sendLoginIsTheFullKeyThenThePassword() {
        assertThat(payload("sendCommandSendLogin", ROOM_B_PUB, "hello"))
                .isEqualTo(Bytes.fromHex("1A").concat(ROOM_B_PUB).concat(Bytes.utf8("hello")));
    }

    @Test
    void setChannelPadsTheNameTo32Bytes() {
        Bytes secret = Bytes.fromHex("8b3387e9c5cdea6ac9e5edbaa115cd72");
        Bytes payload = payload("sendCommandSetChannel", 0, "Public", secret);
        assertThat(payload).isEqualTo(Bytes.fromHex("20 00").concat(Bytes.utf8("Public")).concat(Bytes.zeros(26)).concat(secret));
    }

    @Test
    void getStatsAndSyncNextMessageAreOneOrTwoBytes() {
        assertThat(payload("sendCommandGetStats", 2)).isEqualTo(Bytes.fromHex("38 02"));
        assertThat(payload("sendCommandSyncNextMessage")).isEqualTo(Bytes.fromHex("0A"));
    }

    @Test
    void unknownBuilderIsAnErrorReply() {
        assertThat(mcjs.build("sendCommandNoSuchThing").path("error").asText()).contains("no such meshcore.js command");
    }

    @Test
    void packetParserReadsTheR1AdvertAndVerifiesItsSignature() {
        JsonNode packet = mcjs.packet(CapturedPacketsOracleTest.R1_ADVERT);
        assertThat(packet.path("routeTypeString").asText()).isEqualTo("FLOOD");
        assertThat(packet.path("payloadTypeString").asText()).isEqualTo("ADVERT");
        assertThat(packet.path("advertVerified").asBoolean()).isTrue();
        JsonNode appData = packet.at("/payloadParsed/app_data");
        assertThat(appData.path("type").asText()).isEqualTo("REPEATER");
        assertThat(appData.path("name").asText()).isEqualTo("WW7STR/PugetMesh Cougar");
        assertThat(appData.path("lat").asInt()).isEqualTo(47543968);
        assertThat(appData.path("lon").asInt()).isEqualTo(-122108616);
        assertThat(packet.at("/payloadParsed/timestamp").asLong()).isEqualTo(1758455660L);
    }

    @Test
    void packetParserAgreesOnTransportCodesAndThreeByteHops() {
        JsonNode scoped = mcjs.packet(CapturedPacketsOracleTest.R5_TRANSPORT_FLOOD);
        assertThat(scoped.path("routeTypeString").asText()).isEqualTo("TRANSPORT_FLOOD");
        assertThat(scoped.path("transportCode1").asInt()).isEqualTo(0x1AFA);
        assertThat(scoped.path("transportCode2").asInt()).isZero();
        assertThat(texts(scoped.path("pathHashes"))).containsExactly("4E", "92", "7D");
        JsonNode bot = mcjs.packet("15833fa002860ccae0eed9ca78b9ab0775d477c1f6490a398bf4edc75240");
        assertThat(texts(bot.path("pathHashes"))).containsExactly("3FA002", "860CCA", "E0EED9");
        assertThat(bot.path("payload").asText()).isEqualTo("CA78B9AB0775D477C1F6490A398BF4EDC75240");
    }

    @Test
    void packetParserDoesNotRejectTheReservedHashSize() {
        JsonNode packet = mcjs.packet("15C1FF00");
        assertThat(packet.has("error")).isFalse();
        assertThat(packet.path("pathHashSize").asInt()).isEqualTo(4);
        assertThat(texts(packet.path("pathHashes"))).containsExactly("FF00");
    }

    private static Bytes payload(String method, Object... args) {
        return Bytes.fromHex(built(method, args).path("payload").asText());
    }

    private static Bytes wire(String method, Object... args) {
        return Bytes.fromHex(built(method, args).path("wire").asText());
    }

    /** The build reply, checked to be free of errors and framed as '<', u16 LE length, payload. */
    private static JsonNode built(String method, Object... args) {
        JsonNode reply = mcjs.build(method, args);
        assertThat(reply.has("error")).as("meshcore.js error: %s", reply).isFalse();
        Bytes payload = Bytes.fromHex(reply.path("payload").asText());
        Bytes header = Bytes.of((byte) 0x3C, (byte) payload.size(), (byte) (payload.size() >>> 8));
        assertThat(Bytes.fromHex(reply.path("wire").asText())).isEqualTo(header.concat(payload));
        return reply;
    }
}
