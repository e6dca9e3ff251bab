package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

class CompanionCommandTest {

    static Stream<CompanionCommand> commands() {
        return CompanionSamples.commands().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandRoundTripsThroughItsFrame(CompanionCommand command) throws Exception {
        Bytes frame = command.encode();
        assertThat(frame.get(0)).isEqualTo(command.code());
        CompanionCommand decoded = CompanionCommand.decode(frame);
        assertThat(decoded).isEqualTo(command);
        assertThat(decoded.encode()).isEqualTo(frame);
    }

    @Test
    void samplesCoverEveryCommandCode() {
        Set<Integer> codes = commands().map(CompanionCommand::code).collect(Collectors.toSet());
        for (CommandCode c : EnumSet.allOf(CommandCode.class)) {
            assertThat(codes).as(c.name()).contains(c.code());
        }
    }

    /**
     * The shortest frame each command decodes from (code byte included): the firmware's own length check, or
     * the bytes it reads where it does not check.
     */
    static Stream<Arguments> minimumFrames() {
        return Stream.of(
                Arguments.of("01 00000000000000", AppStart.class),
                Arguments.of("02 00 00 00000000 4852B6936457 41", SendTxtMsg.class),
                Arguments.of("03 00 00 00000000", SendChannelTxtMsg.class),
                Arguments.of("06 00000000", SetDeviceTime.class),
                Arguments.of("08 41", SetAdvertName.class),
                Arguments.of("09" + CompanionSamples.contact().publicKey().hex() + "00 00 FF" + "00".repeat(64)
                        + "00".repeat(32) + "00000000", AddUpdateContact.class),
                Arguments.of("0B 00000000 00000000 00 00", SetRadioParams.class),
                Arguments.of("0C F7", SetRadioTxPower.class),
                Arguments.of("0D" + CompanionSamples.KEY_B.hex(), ResetPath.class),
                Arguments.of("0E 00000000 00000000", SetAdvertLatLon.class),
                Arguments.of("12" + CompanionSamples.ADVERT_PACKET.prefix(98).hex(), ImportContact.class),
                Arguments.of("13 7265626F6F74", Reboot.class),
                Arguments.of("15 00000000 00000000", SetTuningParams.class),
                Arguments.of("16 03", DeviceQuery.class),
                Arguments.of("18" + CompanionSamples.PRIVATE_KEY_A.hex(), ImportPrivateKey.class),
                Arguments.of("19 00 01020304", SendRawData.class),
                Arguments.of("1A" + CompanionSamples.KEY_B.hex(), SendLogin.class),
                Arguments.of("1F 00", GetChannel.class),
                Arguments.of("20 00" + "00".repeat(32) + "00".repeat(16), SetChannel.class),
                Arguments.of("22 00", SignData.class),
                Arguments.of("24 00000000 00000000 00 AA", SendTracePath.class),
                Arguments.of("25 00000000", SetDevicePin.class),
                Arguments.of("26 00", SetOtherParams.class),
                Arguments.of("27 000000", SendTelemetryReq.class),
                Arguments.of("29 613A62", SetCustomVar.class),
                Arguments.of("2A 00" + CompanionSamples.KEY_B.hex(), GetAdvertPath.class),
                Arguments.of("32" + CompanionSamples.KEY_B.hex() + "01", SendBinaryReq.class),
                Arguments.of("33 7265736574", FactoryReset.class),
                Arguments.of("34 00" + CompanionSamples.KEY_B.hex(), SendPathDiscoveryReq.class),
                Arguments.of("36 00", SetFloodScopeKey.class),
                Arguments.of("37 80", SendControlData.class),
                Arguments.of("38 00", GetStats.class),
                Arguments.of("39" + CompanionSamples.KEY_B.hex() + "01", SendAnonReq.class),
                Arguments.of("3A 00", SetAutoaddConfig.class),
                Arguments.of("3D 00 00", SetPathHashMode.class),
                Arguments.of("3E 00 FF FFFF", SendChannelData.class),
                Arguments.of("41 00 0D00", SendRawPacket.class));
    }

    @ParameterizedTest
    @MethodSource("minimumFrames")
    void theFirmwareMinimumLengthIsAcceptedAndOneLessIsNot(String hex, Class<?> type) throws Exception {
        Bytes frame = Bytes.fromHex(hex);
        CompanionCommand decoded = CompanionCommand.decode(frame);
        assertThat(decoded).isInstanceOf(type);
        assertThat(decoded.encode()).isEqualTo(frame);
        Bytes shorter = frame.prefix(frame.size() - 1);
        assertThatThrownBy(() -> CompanionCommand.decode(shorter)).isInstanceOf(MalformedFrameException.class);
    }

    @Test
    void sendTxtMsgNeedsFourteenBytesAndAddUpdateContactNeedsOneHundredThirtySix() {
        assertThat(minimumFrameSize(SendTxtMsg.class)).isEqualTo(14);
        assertThat(minimumFrameSize(AddUpdateContact.class)).isEqualTo(136);
    }

    private static int minimumFrameSize(Class<?> type) {
        return minimumFrames().filter(a -> a.get()[1] == type)
                .mapToInt(a -> Bytes.fromHex((String) a.get()[0]).size()).findFirst().orElseThrow();
    }

    @Test
    void addUpdateContactRemembersWhichOptionalFieldsWereSent() throws Exception {
        Bytes full = new AddUpdateContact(CompanionSamples.contact()).encode();
        assertThat(full.size()).isEqualTo(148);
        AddUpdateContact meshcoreJs = (AddUpdateContact) CompanionCommand.decode(full.prefix(144));
        assertThat(meshcoreJs.withLocation()).isTrue();
        assertThat(meshcoreJs.withLastmod()).isFalse();
        assertThat(meshcoreJs.contact().gpsLatitudeE6()).isEqualTo(47543968);
        assertThat(meshcoreJs.encode()).isEqualTo(full.prefix(144));
        AddUpdateContact partial = (AddUpdateContact) CompanionCommand.decode(full.prefix(140));
        assertThat(partial.withLocation()).isFalse();
        assertThat(partial.trailing()).isEqualTo(full.slice(136, 140));
        assertThat(partial.encode()).isEqualTo(full.prefix(140));
    }

    @Test
    void optionalTrailingFieldsAreReadOnlyWhenTheFrameReachesThem() throws Exception {
        assertThat(CompanionCommand.decode(Bytes.fromHex("04 010203")))
                .isEqualTo(new GetContacts(OptionalLong.empty(), Bytes.fromHex("010203")));
        assertThat(CompanionCommand.decode(Bytes.fromHex("04 00F15365"))).isEqualTo(new GetContacts(1700000000L));
        assertThat(CompanionCommand.decode(Bytes.fromHex("07 01"))).isEqualTo(SendSelfAdvert.flood());
        assertThat(((SendSelfAdvert) CompanionCommand.decode(Bytes.fromHex("07"))).isFlood()).isFalse();
        assertThat(CompanionCommand.decode(Bytes.fromHex("11" + "00".repeat(31)))).isInstanceOfSatisfying(ExportContact.class,
                e -> assertThat(e.publicKey()).isEmpty());
        assertThat(CompanionCommand.decode(Bytes.fromHex("0B 95440d00 90d00300 0b 05 01")))
                .isEqualTo(new SetRadioParams(869525, 250000, 11, 5, OptionalInt.of(1), Bytes.EMPTY));
        assertThat(CompanionCommand.decode(Bytes.fromHex("3F 00")))
                .isEqualTo(new SetDefaultFloodScope(Optional.empty(), Bytes.fromHex("00")));
    }

    @Test
    void setChannelWithAThirtyTwoByteSecretIsTheVariantTheFirmwareRefuses() throws Exception {
        Bytes frame = Bytes.fromHex("20 01" + "00".repeat(32) + "11".repeat(32));
        SetChannel set = (SetChannel) CompanionCommand.decode(frame);
        assertThat(set.secret().size()).isEqualTo(32);
        assertThat(set.encode()).isEqualTo(frame);
    }

    @Test
    void telemetryRequestIsSelfAtFourBytesAndRefusedBetweenFiveAndThirtyFive() throws Exception {
        assertThat(CompanionCommand.decode(Bytes.fromHex("27 000000"))).isEqualTo(SendTelemetryReq.self());
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("27 000000" + "00".repeat(31))))
                .isInstanceOf(MalformedFrameException.class);
        assertThat(CompanionCommand.decode(Bytes.fromHex("27 000000" + CompanionSamples.KEY_B.hex())))
                .isEqualTo(SendTelemetryReq.of(CompanionSamples.KEY_B));
    }

    @Test
    void valuesTheFirmwareRefusesAsUnsupportedAreRejected() {
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("13 7265626F6F78")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("37 01")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("19 FF 01020304")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("3D 01 00")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESERVED_BITS));
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("36 02")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("3E 00 C1 AABBCCDD FFFF")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
    }

    @Test
    void channelDataPayloadIsLimitedToMaxChannelDataLength() throws Exception {
        Bytes max = Bytes.fromHex("3E 00 FF FFFF").concat(Bytes.zeros(167));
        assertThat(CompanionCommand.decode(max)).isInstanceOf(SendChannelData.class);
        Bytes over = Bytes.fromHex("3E 00 FF FFFF").concat(Bytes.zeros(168));
        assertThatThrownBy(() -> CompanionCommand.decode(over))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    }

    @Test
    void unknownCommandsAreKeptRawSoTheDeviceCanAnswerUnsupported() throws Exception {
        for (int code : new int[] {0, 44, 49, 53, 66, 255}) {
            CompanionCommand c = CompanionCommand.decode(Bytes.of((byte) code, (byte) 7));
            assertThat(c).isEqualTo(new UnknownCommand(code, Bytes.of((byte) 7)));
            assertThat(c.command()).isEmpty();
        }
        assertThatThrownBy(() -> new UnknownCommand(1, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndOversizedFramesAreRefused() {
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.EMPTY))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED));
        assertThat(new SignData(Bytes.zeros(175)).encode().size()).isEqualTo(176);
        assertThatThrownBy(() -> CompanionCommand.decode(Bytes.fromHex("22").concat(Bytes.zeros(176))))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
        assertThatThrownBy(() -> new SignData(Bytes.zeros(176)).encode()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsRefuseTrailingBytesThatWouldDecodeAsAnOptionalField() {
        assertThatThrownBy(() -> new GetContacts(OptionalLong.empty(), Bytes.zeros(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendSelfAdvert(OptionalInt.empty(), Bytes.zeros(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SetChannel(0, Bytes.zeros(32), Bytes.zeros(16), Bytes.zeros(16)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
