package org.meshbridge.protocol.kiss;

import static org.meshbridge.protocol.kiss.KissConstants.CIPHER_MAC_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.PUB_KEY_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.SIGNATURE_BYTES;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.kiss.HardwareRequest.DecryptData;
import org.meshbridge.protocol.kiss.HardwareRequest.EncryptData;
import org.meshbridge.protocol.kiss.HardwareRequest.VerifySignature;

/** Reads the fields of a SetHardware request; the caller checks that nothing is left over. */
final class HardwareRequestDecoder {

    private HardwareRequestDecoder() {
    }

    static HardwareRequest read(HardwareCommand command, ByteReader r) throws MalformedFrameException {
        return switch (command) {
            case GET_IDENTITY -> new HardwareRequest.GetIdentity();
            case GET_RANDOM -> u8(r, "GetRandom length", HardwareRequest.GetRandom::new);
            case VERIFY_SIGNATURE -> verify(r);
            case SIGN_DATA -> rest(r, HardwareRequest.SignData::new);
            case ENCRYPT_DATA -> encrypt(r);
            case DECRYPT_DATA -> decrypt(r);
            case KEY_EXCHANGE -> new HardwareRequest.KeyExchange(r.bytes(PUB_KEY_BYTES, "remote public key"));
            case HASH -> rest(r, HardwareRequest.Hash::new);
            case SET_RADIO -> setRadio(r);
            case SET_TX_POWER -> new HardwareRequest.SetTxPower(r.i8("TX power dBm"));
            case GET_RADIO -> new HardwareRequest.GetRadio();
            case GET_TX_POWER -> new HardwareRequest.GetTxPower();
            case GET_CURRENT_RSSI -> new HardwareRequest.GetCurrentRssi();
            case IS_CHANNEL_BUSY -> new HardwareRequest.IsChannelBusy();
            case GET_AIRTIME -> new HardwareRequest.GetAirtime(r.u8("packet length"));
            case GET_NOISE_FLOOR -> new HardwareRequest.GetNoiseFloor();
            case GET_VERSION -> new HardwareRequest.GetVersion();
            case GET_STATS -> new HardwareRequest.GetStats();
            case GET_BATTERY -> new HardwareRequest.GetBattery();
            case GET_MCU_TEMP -> new HardwareRequest.GetMcuTemp();
            case GET_SENSORS -> new HardwareRequest.GetSensors(r.u8("sensor permissions"));
            case GET_DEVICE_NAME -> new HardwareRequest.GetDeviceName();
            case PING -> new HardwareRequest.Ping();
            case REBOOT -> new HardwareRequest.Reboot();
            case SET_SIGNAL_REPORT -> u8(r, "signal report flag", v -> new HardwareRequest.SetSignalReport(Checks.flag(v, "signal report flag")));
            case GET_SIGNAL_REPORT -> new HardwareRequest.GetSignalReport();
        };
    }

    interface FromInt<T> {
        T of(int value);
    }

    interface FromBytes<T> {
        T of(Bytes value);
    }

    private static <T> T u8(ByteReader r, String field, FromInt<T> make) throws MalformedFrameException {
        int value = r.u8(field);
        return Checks.decoding(() -> make.of(value));
    }

    private static <T> T rest(ByteReader r, FromBytes<T> make) throws MalformedFrameException {
        Bytes value = r.rest();
        return Checks.decoding(() -> make.of(value));
    }

    private static VerifySignature verify(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(PUB_KEY_BYTES, "public key");
        Bytes signature = r.bytes(SIGNATURE_BYTES, "signature");
        Bytes data = r.rest();
        return Checks.decoding(() -> new VerifySignature(publicKey, signature, data));
    }

    private static EncryptData encrypt(ByteReader r) throws MalformedFrameException {
        Bytes key = r.bytes(PUB_KEY_BYTES, "key");
        Bytes plaintext = r.rest();
        return Checks.decoding(() -> new EncryptData(key, plaintext));
    }

    private static DecryptData decrypt(ByteReader r) throws MalformedFrameException {
        Bytes key = r.bytes(PUB_KEY_BYTES, "key");
        Bytes mac = r.bytes(CIPHER_MAC_BYTES, "MAC");
        Bytes ciphertext = r.rest();
        return Checks.decoding(() -> new DecryptData(key, mac, ciphertext));
    }

    private static HardwareRequest.SetRadio setRadio(ByteReader r) throws MalformedFrameException {
        long frequencyHz = r.u32("frequency Hz");
        long bandwidthHz = r.u32("bandwidth Hz");
        int spreadingFactor = r.u8("spreading factor");
        int codingRate = r.u8("coding rate");
        return Checks.decoding(() -> new HardwareRequest.SetRadio(frequencyHz, bandwidthHz, spreadingFactor, codingRate));
    }
}
