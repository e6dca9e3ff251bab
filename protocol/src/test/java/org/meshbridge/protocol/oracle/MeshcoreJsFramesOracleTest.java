package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * What meshcore.js 1.13.0 parses from radio→app companion frames: spec §12.2 [12] and [3], and
 * hand-built SelfInfo, DeviceInfo and Contact frames laid out as firmware v1.17.1 sends them.
 */
class MeshcoreJsFramesOracleTest {

    static final Bytes ROOM_B_PUB = Bytes.fromHex("4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E");
    /** 47.543968 and -122.108616 degrees as i32 ×1e6, little-endian. */
    static final Bytes LAT_LON = Bytes.fromHex("A076D502 38C5B8F8");

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
    void logRxPushOfV12HasSnrRssiAndTheRawAck() {
        JsonNode event = mcjs.onlyEvent("882EC40D00712250F6");
        assertThat(event.path("code").asInt()).isEqualTo(0x88);
        assertThat(event.path("name").asText()).isEqualTo("LogRxData");
        assertThat(event.at("/data/lastSnr").asDouble()).isEqualTo(11.5);
        assertThat(event.at("/data/lastRssi").asInt()).isEqualTo(-60);
        assertThat(event.at("/data/raw").asText()).isEqualTo("0D00712250F6");
    }

    @Test
    void framedLogRxPushOfV12IsCutOutByTheDeframerAfterJunkAndAnEmptyHeader() {
        JsonNode reply = mcjs.stream("00 3E0000 3E0900882EC40D00712250F6 3E0200".replace(" ", ""));
        assertThat(texts(reply.path("frames"))).containsExactly("882EC40D00712250F6");
        assertThat(reply.path("events").size()).isEqualTo(1);
        assertThat(reply.at("/events/0/data/raw").asText()).isEqualTo("0D00712250F6");
        assertThat(reply.path("pending").asText()).isEqualTo("3E0200");
    }

    @Test
    void loginSuccessPushYieldsOnlyTheFlagAndKeyPrefix() {
        JsonNode event = mcjs.onlyEvent("85004852B693645769F153650201");
        assertThat(event.path("name").asText()).isEqualTo("LoginSuccess");
        assertThat(event.at("/data/reserved").asInt()).isZero();
        assertThat(event.at("/data/pubKeyPrefix").asText()).isEqualTo("4852B6936457");
        assertThat(event.path("data").size()).as("server time, permissions and level are ignored").isEqualTo(2);
    }

    @Test
    void selfInfoFieldsComeOutAsTheFirmwareLaysThemOut() {
        Bytes frame = Bytes.fromHex("05 01 16 0E").concat(ROOM_B_PUB).concat(LAT_LON)
                .concat(Bytes.fromHex("01 00 05 00 95440D00 90D00300 0B 05")).concat(Bytes.utf8("FakeNode"));
        JsonNode data = mcjs.onlyEvent(frame.hex()).path("data");
        assertThat(data.path("type").asInt()).isEqualTo(1);
        assertThat(data.path("txPower").asInt()).isEqualTo(22);
        assertThat(data.path("maxTxPower").asInt()).isEqualTo(14);
        assertThat(Bytes.fromHex(data.path("publicKey").asText())).isEqualTo(ROOM_B_PUB);
        assertThat(data.path("advLat").asInt()).isEqualTo(47543968);
        assertThat(data.path("advLon").asInt()).isEqualTo(-122108616);
        assertThat(data.path("reserved").asText()).as("multi_acks, advert_loc_policy, telemetry modes").isEqualTo("010005");
        assertThat(data.path("manualAddContacts").asInt()).isZero();
        assertThat(data.path("radioFreq").asLong()).isEqualTo(869525L);
        assertThat(data.path("radioBw").asLong()).isEqualTo(250000L);
        assertThat(data.path("radioSf").asInt()).isEqualTo(11);
        assertThat(data.path("radioCr").asInt()).isEqualTo(5);
        assertThat(data.path("name").asText()).isEqualTo("FakeNode");
    }

    @Test
    void deviceInfoReadsVersionAndBuildDateButLumpsTheRestIntoManufacturer() {
        Bytes frame = Bytes.fromHex("0D 0D AF 28 40E20100")
                .concat(padded("14 Aug 2026", 12)).concat(padded("FakeBoard", 40)).concat(padded("v1.17.1", 20))
                .concat(Bytes.fromHex("00 00"));
        assertThat(frame.size()).isEqualTo(82);
        JsonNode data = mcjs.onlyEvent(frame.hex()).path("data");
        assertThat(data.path("firmwareVer").asInt()).isEqualTo(13);
        assertThat(data.path("reserved").asText()).isEqualTo("AF2840E20100");
        assertThat(data.path("firmware_build_date").asText()).isEqualTo("14 Aug 2026");
        assertThat(data.path("manufacturerModel").asText())
                .startsWith("FakeBoard\0").contains("v1.17.1").hasSize(40 + 20 + 2);
    }

    @Test
    void contactRecordFieldsAndNulPaddedName() {
        JsonNode data = mcjs.onlyEvent(contact("WW7STR/PugetMesh Cougar").hex()).path("data");
        assertThat(Bytes.fromHex(data.path("publicKey").asText())).isEqualTo(ROOM_B_PUB);
        assertThat(data.path("type").asInt()).isEqualTo(2);
        assertThat(data.path("flags").asInt()).isZero();
        assertThat(data.path("outPathLen").asInt()).as("0xFF read as int8").isEqualTo(-1);
        assertThat(data.path("outPath").asText()).isEqualTo("00".repeat(64));
        assertThat(data.path("advName").asText()).isEqualTo("WW7STR/PugetMesh Cougar");
        assertThat(data.path("lastAdvert").asLong()).isEqualTo(1758455660L);
        assertThat(data.path("advLat").asInt()).isEqualTo(47543968);
        assertThat(data.path("advLon").asInt()).isEqualTo(-122108616);
        assertThat(data.path("lastMod").asLong()).isEqualTo(1758455700L);
    }

    @Test
    void contactNameFillingAll32BytesWithoutNulIsLost() {
        JsonNode data = mcjs.onlyEvent(contact("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345").hex()).path("data");
        assertThat(data.path("advName").isNull()).isTrue();
        assertThat(data.path("lastMod").asLong()).isEqualTo(1758455700L);
    }

    @Test
    void errCarriesItsCodeAndOkNothing() {
        assertThat(mcjs.onlyEvent("0102").at("/data/errCode").asInt()).isEqualTo(2);
        assertThat(mcjs.onlyEvent("01").at("/data/errCode").isNull()).isTrue();
        assertThat(mcjs.onlyEvent("00").path("name").asText()).isEqualTo("Ok");
    }

    @Test
    void v3MessageCodesAreUnhandledAndDropped() {
        JsonNode reply = mcjs.frame("10 F4 0000 4852B6936457 FF 00 C8F15365 6869".replace(" ", ""));
        assertThat(reply.path("events").size()).isZero();
        assertThat(texts(reply.path("log"))).singleElement().asString().startsWith("unhandled frame: code=16");
    }

    @Test
    void truncatedSentResponseThrowsInsideMeshcoreJs() {
        JsonNode reply = mcjs.frame("06");
        assertThat(reply.path("events").size()).isZero();
        assertThat(reply.path("error").asText()).contains("outside the bounds");
    }

    private static Bytes contact(String name) {
        return Bytes.fromHex("03").concat(ROOM_B_PUB).concat(Bytes.fromHex("02 00 FF")).concat(Bytes.zeros(64))
                .concat(padded(name, 32)).concat(Bytes.fromHex("6CE7CF68")).concat(LAT_LON)
                .concat(Bytes.fromHex("94E7CF68"));
    }

    private static Bytes padded(String text, int size) {
        Bytes utf8 = Bytes.utf8(text);
        return utf8.concat(Bytes.zeros(size - utf8.size()));
    }
}
