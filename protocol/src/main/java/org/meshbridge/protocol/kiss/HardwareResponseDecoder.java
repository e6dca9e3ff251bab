package org.meshbridge.protocol.kiss;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.kiss.HardwareResponse.Radio;
import org.meshbridge.protocol.kiss.HardwareResponse.Stats;

/** Reads the fields of a SetHardware reply; the caller checks that nothing is left over. */
final class HardwareResponseDecoder {

    private HardwareResponseDecoder() {
    }

    static HardwareResponse read(int code, ByteReader r) throws MalformedFrameException {
        switch (code) {
            case KissConstants.HW_RESP_OK: return new HardwareResponse.Ok();
            case KissConstants.HW_RESP_ERROR: return new HardwareResponse.Error(r.u8("error code"));
            case KissConstants.HW_RESP_TX_DONE: return new HardwareResponse.TxDone(flag(r, "TxDone result"));
            case KissConstants.HW_RESP_RX_META: return new HardwareResponse.RxMeta(r.i8("SNR"), r.i8("RSSI"));
            default: return command(HardwareCommand.fromResponseCode(code).orElseThrow(), r);
        }
    }

    private static HardwareResponse command(HardwareCommand command, ByteReader r) throws MalformedFrameException {
        return switch (command) {
            case GET_IDENTITY -> new HardwareResponse.Identity(r.bytes(KissConstants.PUB_KEY_BYTES, "public key"));
            case GET_RANDOM -> rest(r, HardwareResponse.Random::new);
            case VERIFY_SIGNATURE -> new HardwareResponse.Verify(flag(r, "verify result"));
            case SIGN_DATA -> new HardwareResponse.Signature(r.bytes(KissConstants.SIGNATURE_BYTES, "signature"));
            case ENCRYPT_DATA -> encrypted(r);
            case DECRYPT_DATA -> rest(r, HardwareResponse.Decrypted::new);
            case KEY_EXCHANGE -> new HardwareResponse.SharedSecret(r.bytes(KissConstants.PUB_KEY_BYTES, "shared secret"));
            case HASH -> new HardwareResponse.Hash(r.bytes(KissConstants.SHA256_BYTES, "digest"));
            case GET_RADIO -> radio(r);
            case GET_TX_POWER -> new HardwareResponse.TxPower(r.i8("TX power dBm"));
            case GET_CURRENT_RSSI -> new HardwareResponse.CurrentRssi(r.i8("RSSI dBm"));
            case IS_CHANNEL_BUSY -> new HardwareResponse.ChannelBusy(flag(r, "channel busy"));
            case GET_AIRTIME -> new HardwareResponse.Airtime(r.u32("airtime ms"));
            case GET_NOISE_FLOOR -> new HardwareResponse.NoiseFloor(r.i16("noise floor dBm"));
            case GET_VERSION -> version(r);
            case GET_STATS -> new Stats(r.u32("rx packets"), r.u32("tx packets"), r.u32("rx errors"));
            case GET_BATTERY -> new HardwareResponse.Battery(r.u16("battery mV"));
            case GET_MCU_TEMP -> new HardwareResponse.McuTemp(r.i16("MCU temperature"));
            case GET_SENSORS -> rest(r, HardwareResponse.Sensors::new);
            case GET_DEVICE_NAME -> new HardwareResponse.DeviceName(strictUtf8(r.rest(), "device name"));
            case PING -> new HardwareResponse.Pong();
            case GET_SIGNAL_REPORT -> new HardwareResponse.SignalReport(flag(r, "signal report"));
            case SET_RADIO, SET_TX_POWER, REBOOT, SET_SIGNAL_REPORT ->
                    throw new IllegalStateException("no reply code for " + command); // filtered by the caller
        };
    }

    private static <T> T rest(ByteReader r, HardwareRequestDecoder.FromBytes<T> make) throws MalformedFrameException {
        Bytes value = r.rest();
        return Checks.decoding(() -> make.of(value));
    }

    private static boolean flag(ByteReader r, String field) throws MalformedFrameException {
        int value = r.u8(field);
        return Checks.decoding(() -> Checks.flag(value, field));
    }

    private static HardwareResponse.Encrypted encrypted(ByteReader r) throws MalformedFrameException {
        Bytes mac = r.bytes(KissConstants.CIPHER_MAC_BYTES, "MAC");
        Bytes ciphertext = r.rest();
        return Checks.decoding(() -> new HardwareResponse.Encrypted(mac, ciphertext));
    }

    private static Radio radio(ByteReader r) throws MalformedFrameException {
        return new Radio(r.u32("frequency Hz"), r.u32("bandwidth Hz"), r.u8("spreading factor"), r.u8("coding rate"));
    }

    private static HardwareResponse.Version version(ByteReader r) throws MalformedFrameException {
        int version = r.u8("version");
        int reserved = r.u8("reserved");
        if (reserved != 0) {
            throw new MalformedFrameException(Reason.RESERVED_BITS, "Version reserved byte is " + reserved + ", not 0");
        }
        return new HardwareResponse.Version(version);
    }

    private static String strictUtf8(Bytes bytes, String field) throws MalformedFrameException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedFrameException(Reason.BAD_VALUE, field + " is not valid UTF-8");
        }
    }
}
