package org.meshbridge.protocol.kiss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.kiss.HardwareRequest.SetRadio;

/** Byte layouts from firmware v1.17.1 {@code examples/kiss_modem/KissModem.cpp}. */
class KissFrameTest {

    // Spec 12.2 keys and values: A's public key, A's signature of "hello", the A<->B shared secret.
    static final String PUB_A = "1EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C10";
    static final String PUB_B = "4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E";
    static final String SIG_HELLO = "7e0f09c452a15506aa9e96948b225e795705900bff190d4e5844516f39436d77"
            + "7ad4465cb2681b6489a70ea1240dffcf64bdba23ed05d778a849d63e15c39404";
    static final String SECRET_AB = "FA3E40C00AACDAD37C94B1BBF4DD5E34580DCF312FE676A46FF210968BEF8B30";
    static final String BLOCK = "00112233445566778899aabbccddeeff";
    static final String SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    static Bytes hex(String s) {
        return Bytes.fromHex(s);
    }

    /** Every record, with its unescaped bytes: type byte, sub-command, fields. */
    static Stream<Arguments> frames() {
        return Stream.of(
                arguments(new DataFrame(hex("0D00712250F6")), "00 0D00712250F6"),
                arguments(new TncParameter(KissCommand.TXDELAY, 50), "01 32"),
                arguments(new TncParameter(KissCommand.PERSISTENCE, 63), "02 3F"),
                arguments(new TncParameter(KissCommand.SLOTTIME, 10), "03 0A"),
                arguments(new TncParameter(KissCommand.TXTAIL, 0), "04 00"),
                arguments(new TncParameter(KissCommand.FULLDUPLEX, 1), "05 01"),
                arguments(new ReturnFrame(), "FF"),
                arguments(new UnknownFrame(0x10, hex("AA")), "10 AA"),
                arguments(new UnknownFrame(0x07, Bytes.EMPTY), "07"),
                arguments(new UnknownHardwareFrame(0x89, Bytes.EMPTY), "06 89"),
                arguments(new UnknownHardwareFrame(0x1B, hex("01")), "06 1B 01"),
                // requests, host -> modem
                arguments(new HardwareRequest.GetIdentity(), "06 01"),
                arguments(new HardwareRequest.GetRandom(64), "06 02 40"),
                arguments(new HardwareRequest.VerifySignature(hex(PUB_A), hex(SIG_HELLO), Bytes.utf8("hello")),
                        "06 03" + PUB_A + SIG_HELLO + "68656c6c6f"),
                arguments(new HardwareRequest.SignData(Bytes.utf8("hello")), "06 04 68656c6c6f"),
                arguments(new HardwareRequest.EncryptData(hex(SECRET_AB), Bytes.utf8("hi")), "06 05" + SECRET_AB + "6869"),
                arguments(new HardwareRequest.DecryptData(hex(SECRET_AB), hex("ABCD"), hex(BLOCK)), "06 06" + SECRET_AB + "ABCD" + BLOCK),
                arguments(new HardwareRequest.KeyExchange(hex(PUB_B)), "06 07" + PUB_B),
                arguments(new HardwareRequest.Hash(Bytes.utf8("abc")), "06 08 616263"),
                // 869.618 MHz = 0x33D55150, 62.5 kHz = 0xF424, SF8, CR 4/5
                arguments(new SetRadio(869_618_000L, 62_500L, 8, 5), "06 09 5051D533 24F40000 08 05"),
                arguments(new HardwareRequest.SetTxPower(22), "06 0A 16"),
                arguments(new HardwareRequest.SetTxPower(-9), "06 0A F7"),
                arguments(new HardwareRequest.GetRadio(), "06 0B"),
                arguments(new HardwareRequest.GetTxPower(), "06 0C"),
                arguments(new HardwareRequest.GetCurrentRssi(), "06 0D"),
                arguments(new HardwareRequest.IsChannelBusy(), "06 0E"),
                arguments(new HardwareRequest.GetAirtime(255), "06 0F FF"),
                arguments(new HardwareRequest.GetNoiseFloor(), "06 10"),
                arguments(new HardwareRequest.GetVersion(), "06 11"),
                arguments(new HardwareRequest.GetStats(), "06 12"),
                arguments(new HardwareRequest.GetBattery(), "06 13"),
                arguments(new HardwareRequest.GetMcuTemp(), "06 14"),
                arguments(new HardwareRequest.GetSensors(7), "06 15 07"),
                arguments(new HardwareRequest.GetDeviceName(), "06 16"),
                arguments(new HardwareRequest.Ping(), "06 17"),
                arguments(new HardwareRequest.Reboot(), "06 18"),
                arguments(new HardwareRequest.SetSignalReport(false), "06 19 00"),
                arguments(new HardwareRequest.GetSignalReport(), "06 1A"),
                // replies and events, modem -> host
                arguments(new HardwareResponse.Identity(hex(PUB_A)), "06 81" + PUB_A),
                arguments(new HardwareResponse.Random(hex("0102030405060708")), "06 82 0102030405060708"),
                arguments(new HardwareResponse.Verify(true), "06 83 01"),
                arguments(new HardwareResponse.Signature(hex(SIG_HELLO)), "06 84" + SIG_HELLO),
                arguments(new HardwareResponse.Encrypted(hex("ABCD"), hex(BLOCK)), "06 85 ABCD" + BLOCK),
                arguments(new HardwareResponse.Decrypted(hex("6869" + "00".repeat(14))), "06 86 6869" + "00".repeat(14)),
                arguments(new HardwareResponse.SharedSecret(hex(SECRET_AB)), "06 87" + SECRET_AB),
                arguments(new HardwareResponse.Hash(hex(SHA_ABC)), "06 88" + SHA_ABC),
                arguments(new HardwareResponse.Radio(869_618_000L, 62_500L, 8, 5), "06 8B 5051D533 24F40000 08 05"),
                arguments(new HardwareResponse.Radio(0, 0, 0, 0), "06 8B 00000000 00000000 00 00"),
                arguments(new HardwareResponse.TxPower(22), "06 8C 16"),
                arguments(new HardwareResponse.CurrentRssi(-97), "06 8D 9F"),
                arguments(new HardwareResponse.ChannelBusy(false), "06 8E 00"),
                arguments(new HardwareResponse.Airtime(1234), "06 8F D2040000"),
                arguments(new HardwareResponse.NoiseFloor(-112), "06 90 90FF"),
                arguments(new HardwareResponse.Version(1), "06 91 01 00"),
                arguments(new HardwareResponse.Stats(1, 2, 0xFFFF_FFFFL), "06 92 01000000 02000000 FFFFFFFF"),
                arguments(new HardwareResponse.Battery(4123), "06 93 1B10"),
                arguments(new HardwareResponse.McuTemp(-53), "06 94 CBFF"),
                arguments(new HardwareResponse.Sensors(hex("0102016B")), "06 95 0102016B"),
                arguments(new HardwareResponse.Sensors(Bytes.EMPTY), "06 95"),
                arguments(new HardwareResponse.DeviceName("Heltec V3"), "06 96 48656C7465632056 33"),
                arguments(new HardwareResponse.Pong(), "06 97"),
                arguments(new HardwareResponse.SignalReport(true), "06 9A 01"),
                arguments(new HardwareResponse.Ok(), "06 F0"),
                arguments(HardwareResponse.Error.of(HardwareError.TX_BUSY), "06 F1 07"),
                arguments(new HardwareResponse.TxDone(true), "06 F8 01"),
                // SNR -9.5 dB = -38 quarter-dB = 0xDA, RSSI -97 dBm = 0x9F
                arguments(new HardwareResponse.RxMeta(-38, -97), "06 F9 DA 9F"));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void writesAndReadsEachRecordByteForByte(KissFrame frame, String unescapedHex) throws Exception {
        Bytes expected = hex(unescapedHex);
        assertThat(frame.unescaped()).isEqualTo(expected);
        assertThat(KissFrame.decode(expected)).isEqualTo(frame);
    }

    @Test
    void encodesTheAckPacketOfSpecVector11() {
        // spec 12.2 [11]: the ACK packet of [5] in a KISS Data frame
        assertThat(KissEncoder.encode(new DataFrame(hex("0D00712250F6")))).isEqualTo(hex("C0000D00712250F6C0"));
    }

    @Test
    void escapesFendAndFescInsideData() {
        assertThat(KissEncoder.encode(new DataFrame(hex("C0 DB 01 DBDC"))))
                .isEqualTo(hex("C0 00 DBDC DBDD 01 DBDDDC C0"));
    }

    @Test
    void escapesTheFendInsideTheFallbackFrequency() throws Exception {
        // 915 MHz = 0x3689CAC0: its low byte is FEND. 250 kHz, SF10, CR 4/5 are the firmware's in-code fallbacks.
        SetRadio fallback = new SetRadio(915_000_000L, 250_000L, 10, 5);
        assertThat(KissEncoder.encode(fallback)).isEqualTo(hex("C0 06 09 DBDC CA8936 90D00300 0A 05 C0"));
    }

    @Test
    void escapesATypeByteThatIsFend() {
        // port 12, command 0: the firmware escapes the type byte too (encodeFrame)
        assertThat(KissEncoder.encode(new UnknownFrame(0xC0, hex("01")))).isEqualTo(hex("C0 DBDC 01 C0"));
    }

    @Test
    void namesErrorCodesAndKeepsUnknownOnesRaw() throws Exception {
        var known = (HardwareResponse.Error) KissFrame.decode(hex("06 F1 05"));
        assertThat(known.error()).contains(HardwareError.UNKNOWN_CMD);
        var unknown = (HardwareResponse.Error) KissFrame.decode(hex("06 F1 2A"));
        assertThat(unknown.errorCode()).isEqualTo(0x2A);
        assertThat(unknown.error()).isEmpty();
    }

    @Test
    void mapsRequestCodesToTheirReplyCodes() {
        assertThat(HardwareCommand.GET_IDENTITY.responseCode()).isEqualTo(0x81);
        assertThat(HardwareCommand.GET_SIGNAL_REPORT.responseCode()).isEqualTo(0x9A);
        assertThat(HardwareCommand.fromResponseCode(0x8F)).contains(HardwareCommand.GET_AIRTIME);
        assertThat(HardwareCommand.fromResponseCode(0x0F)).isEmpty();
        assertThat(HardwareCommand.fromCode(0x1B)).isEmpty();
        assertThat(HardwareError.fromCode(0x07)).contains(HardwareError.TX_BUSY);
        assertThat(KissCommand.fromCode(0xFF)).contains(KissCommand.RETURN);
    }

    @Test
    void writesTheModemsDefaultTncSettings() {
        // KISS_DEFAULT_TXDELAY 50, KISS_DEFAULT_PERSISTENCE 63, KISS_DEFAULT_SLOTTIME 10
        assertThat(KissEncoder.encode(new TncParameter(KissCommand.TXDELAY, KissConstants.DEFAULT_TXDELAY))).isEqualTo(hex("C0 01 32 C0"));
        assertThat(KissEncoder.encode(new TncParameter(KissCommand.PERSISTENCE, KissConstants.DEFAULT_PERSISTENCE))).isEqualTo(hex("C0 02 3F C0"));
        assertThat(KissEncoder.encode(new TncParameter(KissCommand.SLOTTIME, KissConstants.DEFAULT_SLOTTIME))).isEqualTo(hex("C0 03 0A C0"));
        assertThat(new HardwareResponse.Version(KissConstants.FIRMWARE_VERSION).unescaped()).isEqualTo(hex("06 91 01 00"));
    }

    @Test
    void reportsSnrInDecibels() {
        assertThat(new HardwareResponse.RxMeta(-38, -97).snrDb()).isEqualTo(-9.5);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("", Reason.TOO_SHORT),
                arguments("00", Reason.TOO_SHORT), // empty Data frame: the modem ignores it
                arguments("00" + "11".repeat(256), Reason.TOO_LONG), // Data beyond MAX_TRANS_UNIT
                arguments("01", Reason.TRUNCATED), // TXDELAY without its byte
                arguments("01 3200", Reason.TRAILING_BYTES),
                arguments("FF 00", Reason.TRAILING_BYTES),
                arguments("06", Reason.TRUNCATED), // SetHardware without a sub-command
                arguments("06 01 00", Reason.TRAILING_BYTES),
                arguments("06 02 00", Reason.BAD_VALUE), // GetRandom length 0
                arguments("06 02 41", Reason.BAD_VALUE), // GetRandom length 65
                arguments("06 03" + PUB_A + SIG_HELLO, Reason.TOO_SHORT), // nothing to verify
                arguments("06 04", Reason.TOO_SHORT),
                arguments("06 06" + SECRET_AB + "ABCD" + "00".repeat(15), Reason.TOO_SHORT),
                arguments("06 06" + SECRET_AB + "ABCD" + "00".repeat(17), Reason.BAD_VALUE), // not whole blocks
                arguments("06 07" + PUB_B.substring(2), Reason.TRUNCATED),
                arguments("06 09 5051D533 24F40000 0D 05", Reason.BAD_VALUE), // SF13
                arguments("06 09 5051D533 24F40000 08 04", Reason.BAD_VALUE), // CR 4/4
                arguments("06 09 00000000 24F40000 08 05", Reason.BAD_VALUE), // 0 Hz
                arguments("06 19 02", Reason.BAD_VALUE),
                arguments("06 81" + PUB_A.substring(2), Reason.TRUNCATED),
                arguments("06 83 02", Reason.BAD_VALUE),
                arguments("06 85 ABCD", Reason.TOO_SHORT),
                arguments("06 86" + "00".repeat(20), Reason.BAD_VALUE),
                arguments("06 8F D20400", Reason.TRUNCATED),
                arguments("06 91 01 01", Reason.RESERVED_BITS),
                arguments("06 95" + "00".repeat(256), Reason.TOO_LONG),
                arguments("06 96 48 FF", Reason.BAD_VALUE), // not UTF-8
                arguments("06 F0 00", Reason.TRAILING_BYTES),
                arguments("06 F8 02", Reason.BAD_VALUE),
                arguments("06 F9 DA", Reason.TRUNCATED),
                arguments("10" + "00".repeat(512), Reason.TOO_LONG)); // 513 bytes: beyond the modem's buffer
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void rejectsMalformedFramesWithAReason(String unescapedHex, Reason reason) {
        assertThatThrownBy(() -> KissFrame.decode(hex(unescapedHex)))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void acceptsTheLargestFrameTheModemBuffers() throws Exception {
        Bytes largest = hex("06 1B" + "00".repeat(510)); // 512 bytes, an unknown sub-command
        assertThat(KissFrame.decode(largest).unescaped()).isEqualTo(largest);
        Bytes largestData = hex("00" + "5A".repeat(255));
        assertThat(KissFrame.decode(largestData)).isEqualTo(new DataFrame(hex("5A".repeat(255))));
    }

    @Test
    void refusesToBuildFramesTheModemWouldDrop() {
        assertThatThrownBy(() -> new DataFrame(Bytes.zeros(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataFrame(Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HardwareRequest.SignData(Bytes.zeros(511))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TncParameter(KissCommand.DATA, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnknownFrame(0x00, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnknownHardwareFrame(0x81, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KissEncoder.wrap(Bytes.zeros(513))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HardwareRequest.SignData(Bytes.zeros(510)).unescaped().size()).isEqualTo(512);
    }
}
