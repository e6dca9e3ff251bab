package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.companion.CompanionSamples.ACK_PACKET;
import static org.meshbridge.protocol.companion.CompanionSamples.ADVERT_PACKET;
import static org.meshbridge.protocol.companion.CompanionSamples.KEY_B;
import static org.meshbridge.protocol.companion.CompanionSamples.PREFIX_B;
import static org.meshbridge.protocol.companion.CompanionSamples.PUBLIC_SECRET;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.oracle.DecodedPacketAssertions;
import org.meshbridge.protocol.oracle.MeshcoreJsOracle;

/**
 * Issue 2 item 4 (c): companion frames built with our records parse in meshcore.js 1.13.0 to the
 * values we put in, and the command frames meshcore.js builds decode with
 * {@link CompanionCommand#decode} to the records we mean (and re-encode to its bytes).
 *
 * <p>meshcore.js quirks pinned here: it ignores v3 message codes 16/17 and several others; reads
 * only the flag and key prefix of LoginSuccess; lumps DeviceInfo's manufacturer, version and flags
 * into {@code manufacturerModel}; calls SelfInfo's multi-ACK/location/telemetry bytes "reserved";
 * skips err_flags in core stats (so its {@code queueLen} is err_flags' low byte); and reads trace
 * data as if hop hashes were always 1 byte.
 */
class CompanionOracleTest {

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
    void selfInfoDeviceInfoAndContactParseToOurFields() {
        JsonNode self = data(CompanionSamples.selfInfo(), "SelfInfo");
        assertThat(self.path("type").asInt()).isEqualTo(1);
        assertThat(self.path("txPower").asInt()).isEqualTo(22);
        assertThat(self.path("publicKey").asText()).isEqualToIgnoringCase(KEY_B.hex());
        assertThat(self.path("advLat").asInt()).isEqualTo(47543968);
        assertThat(self.path("advLon").asInt()).isEqualTo(-122108616);
        assertThat(self.path("reserved").asText()).as("multi_acks, advert_loc_policy, telemetry").isEqualTo("000000");
        assertThat(self.path("radioFreq").asLong()).isEqualTo(869525);
        assertThat(self.path("radioBw").asLong()).isEqualTo(250000);
        assertThat(self.path("radioSf").asInt()).isEqualTo(11);
        assertThat(self.path("radioCr").asInt()).isEqualTo(5);
        assertThat(self.path("name").asText()).isEqualTo("FakeNode");

        JsonNode device = data(CompanionSamples.deviceInfo(), "DeviceInfo");
        assertThat(device.path("firmwareVer").asInt()).isEqualTo(13);
        assertThat(device.path("firmware_build_date").asText()).isEqualTo("14 Aug 2026");
        assertThat(device.path("manufacturerModel").asText()).startsWith("FakeBoard\0").contains("v1.17.1");

        for (CompanionReply contact : List.of(new Contact(CompanionSamples.contact()), new NewAdvert(CompanionSamples.contact()))) {
            JsonNode c = data(contact, contact instanceof Contact ? "Contact" : "NewAdvert");
            assertThat(c.path("publicKey").asText()).isEqualToIgnoringCase(KEY_B.hex());
            assertThat(c.path("type").asInt()).isEqualTo(3);
            assertThat(c.path("flags").asInt()).isEqualTo(1);
            assertThat(c.path("outPathLen").asInt()).isEqualTo(2);
            assertThat(c.path("outPath").asText()).startsWith("AABB00");
            assertThat(c.path("advName").asText()).isEqualTo("Test BBS");
            assertThat(c.path("lastAdvert").asLong()).isEqualTo(1700000000L);
            assertThat(c.path("advLat").asInt()).isEqualTo(47543968);
            assertThat(c.path("lastMod").asLong()).isEqualTo(1700000105L);
        }
    }

    @Test
    void v1MessagesParseToOurSenderTimestampAndText() {
        JsonNode direct = data(new ContactMsgRecv(ContactMessage.of(PREFIX_B, 0xFF, 0, 1700000105L, "hi")), "ContactMsgRecv");
        assertThat(direct.path("pubKeyPrefix").asText()).isEqualToIgnoringCase(PREFIX_B.hex());
        assertThat(direct.path("pathLen").asInt()).isEqualTo(255);
        assertThat(direct.path("txtType").asInt()).isZero();
        assertThat(direct.path("senderTimestamp").asLong()).isEqualTo(1700000105L);
        assertThat(direct.path("text").asText()).isEqualTo("hi");

        JsonNode channel = data(new ChannelMsgRecv(ChannelMessage.of(2, 3, 1700000400L, "Alice: hi")), "ChannelMsgRecv");
        assertThat(channel.path("channelIdx").asInt()).isEqualTo(2);
        assertThat(channel.path("pathLen").asInt()).isEqualTo(3);
        assertThat(channel.path("senderTimestamp").asLong()).isEqualTo(1700000400L);
        assertThat(channel.path("text").asText()).isEqualTo("Alice: hi");
    }

    @Test
    void smallResponsesAndPushesCarryOurValues() {
        assertThat(data(new Ok(), "Ok").size()).isZero();
        assertThat(data(new Err(ErrorCode.NOT_FOUND), "Err").path("errCode").asInt()).isEqualTo(2);
        assertThat(data(new ContactsStart(7), "ContactsStart").path("count").asLong()).isEqualTo(7);
        assertThat(data(new EndOfContacts(1758455700L), "EndOfContacts").path("mostRecentLastmod").asLong()).isEqualTo(1758455700L);
        JsonNode sent = data(new Sent(1, ACK_PACKET.slice(2, 6), 3200), "Sent");
        assertThat(sent.path("result").asInt()).isEqualTo(1);
        assertThat(sent.path("expectedAckCrc").asLong()).as("712250F6 read LE").isEqualTo(0xF6502271L);
        assertThat(sent.path("estTimeout").asLong()).isEqualTo(3200);
        assertThat(data(new CurrTime(1758455660L), "CurrTime").path("epochSecs").asLong()).isEqualTo(1758455660L);
        assertThat(data(new MsgWaiting(), "MsgWaiting").size()).isZero();
        assertThat(data(new BattAndStorage(4100, 12, 1024), "BatteryVoltage").path("batteryMilliVolts").asInt()).isEqualTo(4100);
        JsonNode channel = data(new ChannelInfo(1, Fields.fixedText("#test", 32), PUBLIC_SECRET), "ChannelInfo");
        assertThat(channel.path("channelIdx").asInt()).isEqualTo(1);
        assertThat(channel.path("name").asText()).isEqualTo("#test");
        assertThat(channel.path("secret").asText()).isEqualToIgnoringCase(PUBLIC_SECRET.hex());
        JsonNode confirmed = data(new SendConfirmed(ACK_PACKET.slice(2, 6), 1234), "SendConfirmed");
        assertThat(confirmed.path("ackCode").asLong()).isEqualTo(0xF6502271L);
        assertThat(confirmed.path("roundTrip").asLong()).isEqualTo(1234);
        assertThat(data(new Advert(KEY_B), "Advert").path("publicKey").asText()).isEqualToIgnoringCase(KEY_B.hex());
        assertThat(data(new PathUpdated(KEY_B), "PathUpdated").path("publicKey").asText()).isEqualToIgnoringCase(KEY_B.hex());
        JsonNode log = data(new LogRxData(46, -60, ACK_PACKET), "LogRxData");
        assertThat(log.path("lastSnr").asDouble()).isEqualTo(11.5);
        assertThat(log.path("lastRssi").asInt()).isEqualTo(-60);
        assertThat(log.path("raw").asText()).isEqualToIgnoringCase(ACK_PACKET.hex());
        JsonNode login = data(new LoginSuccess(0, PREFIX_B, 1700000105L, 2, 1), "LoginSuccess");
        assertThat(login.path("pubKeyPrefix").asText()).isEqualToIgnoringCase(PREFIX_B.hex());
        assertThat(login.size()).as("server time, ACL permissions and level are not read").isEqualTo(2);
        assertThat(data(new ExportContactResponse(ADVERT_PACKET), "ExportContact").path("advertPacketBytes").asText())
                .isEqualToIgnoringCase(ADVERT_PACKET.hex());
    }

    @Test
    void framesMeshcoreJsDoesNotHandleProduceNoEvent() {
        List<CompanionReply> unhandled = List.of(new ContactMsgRecvV3(46, CompanionSamples.signedPost()),
                new ChannelMsgRecvV3(-10, ChannelMessage.of(1, 0x42, 1700000400L, "Bob: yo")), new LoginFail(PREFIX_B),
                new TuningParams(0, 1000), new AutoaddConfig(0x1E, 3));
        for (CompanionReply reply : unhandled) {
            JsonNode result = mcjs.frame(reply.encode());
            assertThat(result.path("events").size()).isZero();
            assertThat(DecodedPacketAssertions.texts(result.path("log"))).singleElement().asString()
                    .startsWith("unhandled frame: code=" + reply.code());
        }
    }

    @Test
    void coreStatsAndWideTraceDataAreWhereMeshcoreJsDisagreesWithTheFirmwareLayout() {
        JsonNode core = data(new StatsCore(4100, 3600, 0x0105, 2), "Stats").path("data");
        assertThat(core.path("batteryMilliVolts").asInt()).isEqualTo(4100);
        assertThat(core.path("uptimeSecs").asLong()).isEqualTo(3600);
        assertThat(core.path("queueLen").asInt()).as("meshcore.js skips err_flags: this is its low byte").isEqualTo(0x05);

        JsonNode narrow = data(new TraceData(0, 0x11223344L, 0, Bytes.fromHex("AABB"), Bytes.fromHex("2E30"), 40), "TraceData");
        assertThat(narrow.path("tag").asLong()).isEqualTo(0x11223344L);
        assertThat(narrow.path("pathHashes").asText()).isEqualTo("AABB");
        assertThat(narrow.path("pathSnrs").asText()).isEqualTo("2E30");
        assertThat(narrow.path("lastSnr").asDouble()).isEqualTo(10.0);
        JsonNode wide = mcjs.frame(new TraceData(1, 7, 0, Bytes.fromHex("AABBCCDD"), Bytes.fromHex("2E30"), -4).encode());
        assertThat(wide.path("error").asText()).as("2-byte hops: meshcore.js reads 4 SNRs").contains("outside the bounds");
    }

    @Test
    void commandsMeshcoreJsBuildsDecodeToTheRecordsWeMean() throws Exception {
        Bytes key32 = Bytes.fromHex("00112233445566778899aabbccddeeff");
        List<Map.Entry<JsonNode, CompanionCommand>> built = new java.util.ArrayList<>();
        add(built, mcjs.build("sendCommandAppStart"), AppStart.of(1, "test"));
        add(built, mcjs.build("sendCommandSendTxtMsg", 0, 1, 1700000200L, KEY_B, "Hello room"),
                new SendTxtMsg(0, 1, 1700000200L, PREFIX_B, Bytes.utf8("Hello room")));
        add(built, mcjs.build("sendCommandSendChannelTxtMsg", 0, 2, 1700000400L, "hi"),
                new SendChannelTxtMsg(0, 2, 1700000400L, Bytes.utf8("hi")));
        add(built, mcjs.build("sendCommandGetContacts"), new GetContacts());
        add(built, mcjs.build("sendCommandGetContacts", 1700000000L), new GetContacts(1700000000L));
        add(built, mcjs.build("sendCommandGetDeviceTime"), new GetDeviceTime());
        add(built, mcjs.build("sendCommandSetDeviceTime", 1758455661L), new SetDeviceTime(1758455661L));
        add(built, mcjs.build("sendCommandSendSelfAdvert", 1), SendSelfAdvert.flood());
        add(built, mcjs.build("sendCommandSendSelfAdvert", 0), SendSelfAdvert.zeroHop());
        add(built, mcjs.build("sendCommandSetAdvertName", "Town Bridge"), new SetAdvertName(Bytes.utf8("Town Bridge")));
        ContactRecord contact = CompanionSamples.contactWithoutLastmod();
        add(built, mcjs.build("sendCommandAddUpdateContact", KEY_B, 3, 1, 2, contact.outPath(), "Test BBS", 1700000000L,
                47543968, -122108616), new AddUpdateContact(contact, true, false, Bytes.EMPTY));
        add(built, mcjs.build("sendCommandSyncNextMessage"), new SyncNextMessage());
        add(built, mcjs.build("sendCommandSetRadioParams", 869525, 250000, 11, 5), new SetRadioParams(869525, 250000, 11, 5));
        add(built, mcjs.build("sendCommandSetTxPower", 20), new SetRadioTxPower(20));
        add(built, mcjs.build("sendCommandResetPath", KEY_B), new ResetPath(KEY_B));
        add(built, mcjs.build("sendCommandSetAdvertLatLon", 47543968, -122108616), new SetAdvertLatLon(47543968, -122108616));
        add(built, mcjs.build("sendCommandRemoveContact", KEY_B), new RemoveContact(KEY_B));
        add(built, mcjs.build("sendCommandShareContact", KEY_B), new ShareContact(KEY_B));
        add(built, mcjs.build("sendCommandExportContact"), ExportContact.self());
        add(built, mcjs.build("sendCommandExportContact", KEY_B), ExportContact.of(KEY_B));
        add(built, mcjs.build("sendCommandImportContact", ADVERT_PACKET), new ImportContact(ADVERT_PACKET));
        add(built, mcjs.build("sendCommandReboot"), new Reboot());
        add(built, mcjs.build("sendCommandGetBatteryVoltage"), new GetBattAndStorage());
        add(built, mcjs.build("sendCommandDeviceQuery", 3), new DeviceQuery(3));
        add(built, mcjs.build("sendCommandExportPrivateKey"), new ExportPrivateKey());
        add(built, mcjs.build("sendCommandImportPrivateKey", CompanionSamples.PRIVATE_KEY_A), new ImportPrivateKey(CompanionSamples.PRIVATE_KEY_A));
        add(built, mcjs.build("sendCommandSendRawData", Bytes.fromHex("AABB"), Bytes.fromHex("01020304")),
                new SendRawData(Bytes.fromHex("AABB"), Bytes.fromHex("01020304")));
        add(built, mcjs.build("sendCommandSendLogin", KEY_B, "hello"), new SendLogin(KEY_B, Bytes.utf8("hello")));
        add(built, mcjs.build("sendCommandSendStatusReq", KEY_B), new SendStatusReq(KEY_B));
        add(built, mcjs.build("sendCommandSendTelemetryReq", KEY_B), SendTelemetryReq.of(KEY_B));
        add(built, mcjs.build("sendCommandSendBinaryReq", KEY_B, Bytes.fromHex("01")), new SendBinaryReq(KEY_B, Bytes.fromHex("01")));
        add(built, mcjs.build("sendCommandSetFloodScope", key32), SetFloodScopeKey.scope(key32));
        add(built, mcjs.build("sendCommandGetStats", 1), new GetStats(Stats.TYPE_RADIO));
        add(built, mcjs.build("sendCommandSendChannelData", 1, 0xFF, Bytes.EMPTY, 0xFFFF, Bytes.fromHex("A1B2C3")),
                SendChannelData.flood(1, 0xFFFF, Bytes.fromHex("A1B2C3")));
        add(built, mcjs.build("sendCommandGetChannel", 3), new GetChannel(3));
        add(built, mcjs.build("sendCommandSetChannel", 1, "Public", PUBLIC_SECRET), SetChannel.of(1, "Public", PUBLIC_SECRET));
        add(built, mcjs.build("sendCommandSignStart"), new SignStart());
        add(built, mcjs.build("sendCommandSignData", Bytes.utf8("hello")), new SignData(Bytes.utf8("hello")));
        add(built, mcjs.build("sendCommandSignFinish"), new SignFinish());
        add(built, mcjs.build("sendCommandSendTracePath", 0x11223344L, 0, Bytes.fromHex("AABBCC")),
                new SendTracePath(0x11223344L, 0, 0, Bytes.fromHex("AABBCC")));
        add(built, mcjs.build("sendCommandSetOtherParams", 1), new SetOtherParams(1));
        for (Map.Entry<JsonNode, CompanionCommand> e : built) {
            assertThat(e.getKey().has("error")).as("meshcore.js error %s", e.getKey()).isFalse();
            Bytes payload = Bytes.fromHex(e.getKey().path("payload").asText());
            assertThat(CompanionCommand.decode(payload)).as("meshcore.js frame %s", payload).isEqualTo(e.getValue());
            assertThat(e.getValue().encode()).isEqualTo(payload);
            Bytes wire = Bytes.fromHex(e.getKey().path("wire").asText());
            assertThat(CompanionFrameDeframer.deviceEnd().feed(wire)).containsExactly(payload);
        }
        assertThat(built).hasSize(41);
    }

    private static void add(List<Map.Entry<JsonNode, CompanionCommand>> built, JsonNode reply, CompanionCommand meant) {
        built.add(Map.entry(reply, meant));
    }

    /** The single event meshcore.js emits for our frame, checked by name. */
    private static JsonNode data(CompanionReply reply, String eventName) {
        JsonNode event = mcjs.onlyEvent(reply.encode().hex());
        assertThat(event.path("code").asInt()).isEqualTo(reply.code());
        assertThat(event.path("name").asText()).isEqualTo(eventName);
        return event.path("data");
    }
}
