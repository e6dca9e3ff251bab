package org.meshbridge.protocol.companion;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.Bytes;

/** One or more records of every command, response and push, built from the spec's section 12 values. */
final class CompanionSamples {

    /** Key A (client) of spec section 12.2. */
    static final Bytes KEY_A = Bytes.fromHex("1EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C10");
    /** Key B (room server) of spec section 12.2. */
    static final Bytes KEY_B = Bytes.fromHex("4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E");
    static final Bytes PREFIX_B = KEY_B.prefix(6);
    /** ACK [5] of spec section 12.2, a complete raw packet. */
    static final Bytes ACK_PACKET = Bytes.fromHex("0D00712250F6");
    /** Room advert [1] of spec section 12.2 (107 bytes). */
    static final Bytes ADVERT_PACKET = Bytes.fromHex("11004852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E"
            + "00F15365D0995EADE1F10351314D0CAE50FFBE29448339B2647CEDFB987E5C6BB856D45E38DBD3B1E28EA095852BD5DC975D"
            + "EF43CC8277B1F9A6DA27B132E17900ECC6019300000000000000005465737420424253");
    static final Bytes PUBLIC_SECRET = Bytes.fromHex("8b3387e9c5cdea6ac9e5edbaa115cd72");
    static final Bytes PRIVATE_KEY_A = Bytes.fromHex("7065e18fd9fabb70c1ed90dca19907de698c88b709ea146eafd93d9b830c7b60"
            + "c4681193c79bbc39945ba8064104bb618f8fd7a84a0af6f57033d6e8ddcd6471");
    static final Bytes SIGNATURE = Bytes.fromHex("7e0f09c452a15506aa9e96948b225e795705900bff190d4e5844516f39436d77"
            + "7ad4465cb2681b6489a70ea1240dffcf64bdba23ed05d778a849d63e15c39404");

    private CompanionSamples() {
    }

    static ContactRecord contact() {
        return ContactRecord.of(KEY_B, 3, 1, 0x02, Bytes.fromHex("AABB"), "Test BBS", 1700000000L, 47543968,
                -122108616, 1700000105L);
    }

    static List<CompanionCommand> commands() {
        return List.of(
                AppStart.of(1, "test"),
                AppStart.of(3, "mccli"),
                new SendTxtMsg(0, 0, 1700000200L, PREFIX_B, Bytes.utf8("Hello room")),
                new SendChannelTxtMsg(0, 0, 1700000400L, Bytes.utf8("hi")),
                new GetContacts(),
                new GetContacts(1700000000L),
                new GetContacts(OptionalLong.empty(), Bytes.fromHex("0102")),
                new GetDeviceTime(),
                new SetDeviceTime(1758455661L),
                SendSelfAdvert.flood(),
                new SendSelfAdvert(OptionalInt.empty(), Bytes.EMPTY),
                new SetAdvertName(Bytes.utf8("Town Bridge")),
                new AddUpdateContact(contact()),
                new AddUpdateContact(contactWithoutLastmod(), true, false, Bytes.EMPTY),
                new SyncNextMessage(),
                new SetRadioParams(869525, 250000, 11, 5),
                new SetRadioParams(869495, 250000, 11, 5, OptionalInt.of(1), Bytes.fromHex("00")),
                new SetRadioTxPower(-9),
                new ResetPath(KEY_B),
                new SetAdvertLatLon(47543968, -122108616),
                new SetAdvertLatLon(1, 2, OptionalInt.of(120), Bytes.EMPTY),
                new RemoveContact(KEY_B),
                new ShareContact(KEY_B),
                ExportContact.self(),
                ExportContact.of(KEY_B),
                new ImportContact(ADVERT_PACKET),
                new Reboot(),
                new GetBattAndStorage(),
                new SetTuningParams(0, 1000, Bytes.fromHex("0000")),
                new DeviceQuery(3),
                new ExportPrivateKey(),
                new ImportPrivateKey(PRIVATE_KEY_A),
                new SendRawData(Bytes.fromHex("AABB"), Bytes.fromHex("01020304")),
                new SendLogin(KEY_B, Bytes.utf8("hello")),
                new SendStatusReq(KEY_B),
                new HasConnection(KEY_B),
                new Logout(KEY_B),
                new GetContactByKey(KEY_B),
                new GetChannel(0),
                SetChannel.of(1, "Public", PUBLIC_SECRET),
                new SetChannel(2, Fields.fixedText("wide", 32), Bytes.zeros(32), Bytes.EMPTY),
                new SignStart(),
                new SignData(Bytes.utf8("hello")),
                new SignFinish(),
                new SendTracePath(0x11223344L, 0, 0, Bytes.fromHex("AABBCC")),
                new SetDevicePin(123456),
                new SetOtherParams(1),
                new SetOtherParams(0, OptionalInt.of(0x15), OptionalInt.of(1), OptionalInt.of(2), Bytes.fromHex("ff")),
                SendTelemetryReq.of(KEY_B),
                SendTelemetryReq.self(),
                new GetCustomVars(),
                new SetCustomVar(Bytes.utf8("gps:1")),
                new GetAdvertPath(0, KEY_B),
                new GetTuningParams(),
                new SendBinaryReq(KEY_B, Bytes.fromHex("01")),
                new FactoryReset(),
                new SendPathDiscoveryReq(KEY_B),
                SetFloodScopeKey.scope(Bytes.fromHex("00112233445566778899aabbccddeeff")),
                SetFloodScopeKey.clear(),
                SetFloodScopeKey.unscoped(),
                new SendControlData(Bytes.fromHex("8001")),
                new GetStats(Stats.TYPE_RADIO),
                new SendAnonReq(KEY_B, Bytes.utf8("hello")),
                new SetAutoaddConfig(0x1E, 3),
                new SetAutoaddConfig(0x01, OptionalInt.empty(), Bytes.EMPTY),
                new GetAutoaddConfig(),
                new GetAllowedRepeatFreq(),
                new SetPathHashMode(1),
                SendChannelData.flood(1, 0xFFFF, Bytes.fromHex("A1B2C3")),
                new SendChannelData(0, 0x42, Bytes.fromHex("AABBCCDD"), 0x0100, Bytes.EMPTY),
                new SetDefaultFloodScope(FloodScope.of("test", Bytes.fromHex("00112233445566778899aabbccddeeff"))),
                SetDefaultFloodScope.clear(),
                new GetDefaultFloodScope(),
                new SendRawPacket(0, ACK_PACKET),
                new UnknownCommand(44, Bytes.fromHex("0102")),
                new UnknownCommand(53, Bytes.EMPTY));
    }

    static ContactRecord contactWithoutLastmod() {
        ContactRecord c = contact();
        return new ContactRecord(c.publicKey(), c.type(), c.flags(), c.outPathLen(), c.outPath(), c.name(),
                c.lastAdvertTimestamp(), c.gpsLatitudeE6(), c.gpsLongitudeE6(), 0);
    }

    static List<CompanionReply> replies() {
        return List.of(
                new Ok(),
                new Err(ErrorCode.NOT_FOUND),
                new ContactsStart(1),
                new Contact(contact()),
                new EndOfContacts(1758455700L),
                selfInfo(),
                new Sent(1, ACK_PACKET.slice(2, 6), 3200),
                new ContactMsgRecv(ContactMessage.of(PREFIX_B, 0xFF, 0, 1700000105L, "hi")),
                new ContactMsgRecvV3(46, signedPost()),
                new ChannelMsgRecv(ChannelMessage.of(0, 0, 1700000400L, "Alice: hi")),
                new ChannelMsgRecvV3(-10, ChannelMessage.of(1, 0x42, 1700000400L, "Bob: yo")),
                new CurrTime(1758455660L),
                new NoMoreMessages(),
                new ExportContactResponse(ADVERT_PACKET),
                new BattAndStorage(4100, 12, 1024),
                new BattAndStorage(4100, OptionalLong.empty(), OptionalLong.empty()),
                deviceInfo(),
                new PrivateKey(PRIVATE_KEY_A),
                new Disabled(),
                new ChannelInfo(0, Fields.fixedText("Public", 32), PUBLIC_SECRET),
                new SignStartResponse(8192),
                new Signature(SIGNATURE),
                new CustomVars(Bytes.utf8("gps:1,gps_interval:60")),
                new AdvertPath(1700000000L, 0x42, Bytes.fromHex("AABBCCDD")),
                new TuningParams(0, 1000),
                new StatsCore(4100, 3600, 0, 2),
                new StatsRadio(-110, -60, 46, 12, 345),
                new StatsPackets(10, 4, 2, 2, 7, 3, 1),
                new StatsPackets(10, 4, 2, 2, 7, 3, OptionalLong.empty()),
                new AutoaddConfig(0x1E, 3),
                new AllowedRepeatFreq(List.of(new AllowedRepeatFreq.Range(433000, 433000),
                        new AllowedRepeatFreq.Range(869495, 869495))),
                new ChannelDataRecv(46, 1, 0xFF, 0xFFFF, Bytes.fromHex("A1B2C3")),
                new DefaultFloodScope(Optional.of(FloodScope.of("test", Bytes.fromHex("00112233445566778899aabbccddeeff")))),
                new DefaultFloodScope(Optional.empty()),
                new Advert(KEY_B),
                new PathUpdated(KEY_B),
                new SendConfirmed(ACK_PACKET.slice(2, 6), 1234),
                new MsgWaiting(),
                new RawData(46, -60, Bytes.fromHex("01020304")),
                new LoginSuccess(0, PREFIX_B, 1700000105L, 2, 1),
                LoginSuccess.legacy(PREFIX_B),
                new LoginFail(PREFIX_B),
                new StatusResponse(PREFIX_B, Bytes.fromHex("0410000000")),
                new LogRxData(46, -60, ACK_PACKET),
                new TraceData(0, 0x11223344L, 0, Bytes.fromHex("AABB"), Bytes.fromHex("2E30"), 40),
                new TraceData(1, 7, 0, Bytes.fromHex("AABBCCDD"), Bytes.fromHex("2E30"), -4),
                new NewAdvert(contact()),
                new TelemetryResponse(PREFIX_B, Bytes.fromHex("0174019a")),
                new BinaryResponse(Bytes.fromHex("01020304"), Bytes.fromHex("aabb")),
                new PathDiscoveryResponse(PREFIX_B, 0x02, Bytes.fromHex("AABB"), 0x41, Bytes.fromHex("BBAA")),
                new ControlData(46, -60, 0, Bytes.fromHex("8001")),
                new ContactDeleted(KEY_B),
                new ContactsFull(),
                new UnknownReply(0x91, Bytes.fromHex("01")),
                new UnknownReply(29, Bytes.EMPTY));
    }

    static ContactMessage signedPost() {
        return new ContactMessage(PREFIX_B, 0xFF, 2, 1700000300L, Bytes.fromHex("2152F8D1"), Bytes.utf8("Hi from C"));
    }

    static SelfInfo selfInfo() {
        return new SelfInfo(1, 22, 22, KEY_B, 47543968, -122108616, 0, 0, 0, 0, 869525, 250000, 11, 5,
                Bytes.utf8("FakeNode"));
    }

    static DeviceInfo deviceInfo() {
        return DeviceInfo.of(175, 40, 123456, "14 Aug 2026", "FakeBoard", "v1.17.1", false, 0);
    }
}
