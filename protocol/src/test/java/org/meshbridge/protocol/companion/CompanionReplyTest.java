package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

class CompanionReplyTest {

    static Stream<CompanionReply> replies() {
        return CompanionSamples.replies().stream();
    }

    @ParameterizedTest
    @MethodSource("replies")
    void everyReplyRoundTripsThroughItsFrame(CompanionReply reply) throws Exception {
        Bytes frame = reply.encode();
        assertThat(frame.get(0)).isEqualTo(reply.code());
        CompanionReply decoded = CompanionReply.decode(frame);
        assertThat(decoded).isEqualTo(reply);
        assertThat(decoded.encode()).isEqualTo(frame);
    }

    @Test
    void samplesCoverEveryResponseAndPushCode() {
        Set<Integer> codes = replies().map(CompanionReply::code).collect(Collectors.toSet());
        for (ResponseCode c : EnumSet.allOf(ResponseCode.class)) {
            assertThat(codes).as(c.name()).contains(c.code());
        }
        for (PushCode c : EnumSet.allOf(PushCode.class)) {
            assertThat(codes).as(c.name()).contains(c.code());
        }
    }

    @Test
    void selfInfoMatchesTheFakeCompanionTranscript() {
        assertThat(CompanionSamples.selfInfo().encode()).isEqualTo(Bytes.fromHex("05 01 16 16"
                + CompanionSamples.KEY_B.hex() + "a076d502 38c5b8f8 00 00 00 00 95440d00 90d00300 0b 05"
                + "46616b654e6f6465"));
    }

    @Test
    void deviceInfoHasTheFirmwareLayoutOfEightyTwoBytes() {
        Bytes frame = CompanionSamples.deviceInfo().encode();
        assertThat(frame).isEqualTo(Bytes.fromHex("0d 0d af 28 40e20100"
                + "3134204175672032303236 00" // "14 Aug 2026" in 12
                + "46616b65426f617264" + "00".repeat(31) // "FakeBoard" in 40
                + "7631 2e31 372e 31" + "00".repeat(13) // "v1.17.1" in 20
                + "00 00"));
        assertThat(frame.size()).isEqualTo(82);
    }

    @Test
    void deviceInfoFromFirmwareBeforeVersionNineHasNoFlagBytes() throws Exception {
        Bytes frame = CompanionSamples.deviceInfo().encode().prefix(80);
        DeviceInfo info = (DeviceInfo) CompanionReply.decode(frame);
        assertThat(info.clientRepeat()).isEmpty();
        assertThat(info.versionUtf8()).isEqualTo("v1.17.1");
        assertThat(info.encode()).isEqualTo(frame);
    }

    @Test
    void contactMatchesTheFakeCompanionTranscript() throws Exception {
        Bytes frame = Bytes.fromHex("03" + CompanionSamples.KEY_B.hex() + "02 00 ff" + "00".repeat(64)
                + Bytes.utf8("WW7STR/PugetMesh Cougar").hex() + "00".repeat(9)
                + "6ce7cf68 a076d502 38c5b8f8 94e7cf68");
        assertThat(frame.size()).isEqualTo(148);
        Contact contact = (Contact) CompanionReply.decode(frame);
        assertThat(contact.contact().nameUtf8()).isEqualTo("WW7STR/PugetMesh Cougar");
        assertThat(contact.contact().outPathLen()).isEqualTo(0xFF);
        assertThat(contact.contact().outPathHashes()).isEqualTo(Bytes.EMPTY);
        assertThat(contact.contact().gpsLongitudeE6()).isEqualTo(-122108616);
        assertThat(contact.contact().lastmod()).isEqualTo(0x68cfe794L);
        assertThat(new Contact(ContactRecord.of(CompanionSamples.KEY_B, 2, 0, 0xFF, Bytes.EMPTY,
                "WW7STR/PugetMesh Cougar", 0x68cfe76cL, 47543968, -122108616, 0x68cfe794L)).encode()).isEqualTo(frame);
    }

    @Test
    void contactMessageV1AndV3DifferOnlyBySnrAndReservedBytes() {
        ContactMessage m = ContactMessage.of(CompanionSamples.PREFIX_B, 0xFF, 0, 1700000105L, "hi");
        assertThat(new ContactMsgRecv(m).encode()).isEqualTo(Bytes.fromHex("07 4852B6936457 FF 00 69F15365 6869"));
        assertThat(new ContactMsgRecvV3(46, m).encode())
                .isEqualTo(Bytes.fromHex("10 2E 0000 4852B6936457 FF 00 69F15365 6869"));
    }

    @Test
    void signedRoomPostCarriesTheAuthorPrefixBeforeTheText() throws Exception {
        Bytes frame = Bytes.fromHex("10 2E 0000 4852B6936457 FF 02 2CF25365 2152F8D1" + Bytes.utf8("Hi from C").hex());
        ContactMsgRecvV3 msg = (ContactMsgRecvV3) CompanionReply.decode(frame);
        assertThat(msg.message().senderPrefix()).isEqualTo(Bytes.fromHex("2152F8D1"));
        assertThat(msg.message().textUtf8()).isEqualTo("Hi from C");
        assertThat(msg).isEqualTo(new ContactMsgRecvV3(46, CompanionSamples.signedPost()));
    }

    @Test
    void channelMessageV1AndV3MatchTheFirmwareLayout() {
        ChannelMessage m = ChannelMessage.of(0, 0, 1700000400L, "Alice: hi");
        assertThat(new ChannelMsgRecv(m).encode())
                .isEqualTo(Bytes.fromHex("08 00 00 00 90F25365 416C6963653A206869"));
        assertThat(new ChannelMsgRecvV3(-10, m).encode())
                .isEqualTo(Bytes.fromHex("11 F6 0000 00 00 00 90F25365 416C6963653A206869"));
    }

    @Test
    void errMsgWaitingAndOkAreTheirShortFrames() {
        assertThat(new Err(ErrorCode.UNSUPPORTED_CMD).encode()).isEqualTo(Bytes.fromHex("01 01"));
        assertThat(new Err(6).error()).contains(ErrorCode.ILLEGAL_ARG);
        assertThat(new MsgWaiting().encode()).isEqualTo(Bytes.fromHex("83"));
        assertThat(new Ok().encode()).isEqualTo(Bytes.fromHex("00"));
    }

    @Test
    void statsBodiesHaveTheSizesOfTheStatsDocument() {
        assertThat(new StatsCore(4100, 3600, 0, 2).encode()).isEqualTo(Bytes.fromHex("18 00 0410 100e0000 0000 02"));
        assertThat(new StatsRadio(-110, -60, 46, 12, 345).encode().size()).isEqualTo(14);
        assertThat(new StatsPackets(10, 4, 2, 2, 7, 3, 1).encode().size()).isEqualTo(30);
    }

    @Test
    void unknownStatsTypeIsRefused() {
        assertThatThrownBy(() -> CompanionReply.decode(Bytes.fromHex("18 03")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CODE));
    }

    @Test
    void traceSnrCountFollowsTheHashSizeFlags() throws Exception {
        Bytes frame = Bytes.fromHex("89 00 04 01 07000000 00000000 AABBCCDD 2E30 FC");
        TraceData trace = (TraceData) CompanionReply.decode(frame);
        assertThat(trace.pathSnrs()).isEqualTo(Bytes.fromHex("2E30"));
        assertThat(trace.finalSnrQuarterDb()).isEqualTo(-4);
    }

    @Test
    void trailingBytesAfterAFixedReplyAreRefused() {
        assertThatThrownBy(() -> CompanionReply.decode(Bytes.fromHex("01 02 00")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRAILING_BYTES));
        assertThatThrownBy(() -> CompanionReply.decode(Bytes.fromHex("83 00")))
                .isInstanceOf(MalformedFrameException.class);
    }

    @Test
    void unknownReplyCodesAreKeptRaw() throws Exception {
        assertThat(CompanionReply.decode(Bytes.fromHex("91 0102"))).isEqualTo(new UnknownReply(0x91, Bytes.fromHex("0102")));
    }

    @Test
    void framesOverMaxFrameSizeAreRefusedBothWays() {
        Bytes big = Bytes.fromHex("88 2E C4").concat(Bytes.zeros(174));
        assertThatThrownBy(() -> CompanionReply.decode(big))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
        assertThatThrownBy(() -> new LogRxData(0, 0, Bytes.zeros(174)).encode()).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LogRxData(0, 0, Bytes.zeros(173)).encode().size()).isEqualTo(176);
    }

    @Test
    void channelInfoKeepsStaleBytesAfterTheNameNul() throws Exception {
        Bytes frame = Bytes.fromHex("12 00 5075626c696300 41414141" + "00".repeat(21) + CompanionSamples.PUBLIC_SECRET.hex());
        ChannelInfo info = (ChannelInfo) CompanionReply.decode(frame);
        assertThat(info.nameUtf8()).isEqualTo("Public");
        assertThat(info.encode()).isEqualTo(frame);
    }
}
