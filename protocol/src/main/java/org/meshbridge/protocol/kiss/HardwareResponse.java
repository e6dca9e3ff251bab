package org.meshbridge.protocol.kiss;

import static org.meshbridge.protocol.kiss.KissConstants.CIPHER_MAC_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.MAX_HW_DATA_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.PUB_KEY_BYTES;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * SetHardware replies and events, modem to host: type byte {@code 06}, the reply code (request
 * code | 0x80, or {@code F0}+ for the generic and unsolicited ones), then the fields below (from
 * {@code KissModem::handle*}, firmware v1.17.1; integers little-endian).
 */
public sealed interface HardwareResponse extends KissFrame {

    /** The reply sub-command byte. */
    int code();

    /** Writes the fields after the reply code; nothing for Pong and Ok. */
    default void writeBody(ByteWriter out) {
        // no fields
    }

    @Override
    default int typeByte() {
        return KissCommand.SETHARDWARE.code();
    }

    @Override
    default void writeData(ByteWriter out) {
        out.u8(code());
        writeBody(out);
    }

    /** {@code 81}: the modem's Ed25519 public key. */
    record Identity(Bytes publicKey) implements HardwareResponse {
        public Identity {
            Checks.exactly(Checks.notNull(publicKey, "publicKey"), PUB_KEY_BYTES, "public key");
        }
        @Override public int code() { return HardwareCommand.GET_IDENTITY.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(publicKey); }
    }

    /** {@code 82}: 1..64 random bytes. */
    record Random(Bytes bytes) implements HardwareResponse {
        public Random {
            Checks.sized(Checks.notNull(bytes, "bytes"), 1, KissConstants.MAX_RANDOM_BYTES, "random bytes");
        }
        @Override public int code() { return HardwareCommand.GET_RANDOM.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(bytes); }
    }

    /** {@code 83}: 1 = the signature verified, 0 = it did not. */
    record Verify(boolean valid) implements HardwareResponse {
        @Override public int code() { return HardwareCommand.VERIFY_SIGNATURE.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u8(valid ? 1 : 0); }
    }

    /** {@code 84}: a 64-byte Ed25519 signature. */
    record Signature(Bytes signature) implements HardwareResponse {
        public Signature {
            Checks.exactly(Checks.notNull(signature, "signature"), KissConstants.SIGNATURE_BYTES, "signature");
        }
        @Override public int code() { return HardwareCommand.SIGN_DATA.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(signature); }
    }

    /** {@code 85}: 2-byte MAC, then the zero-padded AES-128 ciphertext in whole blocks. */
    record Encrypted(Bytes mac, Bytes ciphertext) implements HardwareResponse {
        public Encrypted {
            Checks.exactly(Checks.notNull(mac, "mac"), CIPHER_MAC_BYTES, "MAC");
            Checks.blocks(Checks.notNull(ciphertext, "ciphertext"), MAX_HW_DATA_BYTES - CIPHER_MAC_BYTES, "ciphertext");
        }
        @Override public int code() { return HardwareCommand.ENCRYPT_DATA.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(mac).bytes(ciphertext); }
    }

    /** {@code 86}: the plaintext in whole blocks, still carrying its zero padding. */
    record Decrypted(Bytes plaintext) implements HardwareResponse {
        public Decrypted {
            Checks.blocks(Checks.notNull(plaintext, "plaintext"), MAX_HW_DATA_BYTES, "plaintext");
        }
        @Override public int code() { return HardwareCommand.DECRYPT_DATA.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(plaintext); }
    }

    /** {@code 87}: the 32-byte ECDH shared secret. */
    record SharedSecret(Bytes secret) implements HardwareResponse {
        public SharedSecret {
            Checks.exactly(Checks.notNull(secret, "secret"), PUB_KEY_BYTES, "shared secret");
        }
        @Override public int code() { return HardwareCommand.KEY_EXCHANGE.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(secret); }
    }

    /** {@code 88}: a SHA-256 digest. */
    record Hash(Bytes digest) implements HardwareResponse {
        public Hash {
            Checks.exactly(Checks.notNull(digest, "digest"), KissConstants.SHA256_BYTES, "SHA-256 digest");
        }
        @Override public int code() { return HardwareCommand.HASH.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(digest); }
    }

    /**
     * {@code 8B}: the last values accepted by SetRadio, as sent (u32 Hz, u32 Hz, SF, CR); all zero
     * until the host has sent one, since the modem does not read back its build-time defaults.
     */
    record Radio(long frequencyHz, long bandwidthHz, int spreadingFactor, int codingRate) implements HardwareResponse {
        public Radio {
            Checks.range(frequencyHz, 0, 0xFFFF_FFFFL, "frequency Hz");
            Checks.range(bandwidthHz, 0, 0xFFFF_FFFFL, "bandwidth Hz");
            Checks.range(spreadingFactor, 0, 255, "spreading factor");
            Checks.range(codingRate, 0, 255, "coding rate");
        }
        /** False before any SetRadio: the modem then reports zeros. */
        public boolean isConfigured() { return frequencyHz != 0; }
        @Override public int code() { return HardwareCommand.GET_RADIO.responseCode(); }
        @Override public void writeBody(ByteWriter out) {
            out.u32(frequencyHz).u32(bandwidthHz).u8(spreadingFactor).u8(codingRate);
        }
    }

    /** {@code 8C}: the last SetTxPower value (0 before any), as the radio reads it ({@code int8_t}). */
    record TxPower(int dbm) implements HardwareResponse {
        public TxPower {
            Checks.range(dbm, Byte.MIN_VALUE, Byte.MAX_VALUE, "TX power dBm");
        }
        @Override public int code() { return HardwareCommand.GET_TX_POWER.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u8(dbm); }
    }

    /** {@code 8D}: instantaneous RSSI, dBm truncated toward zero to {@code int8_t}. */
    record CurrentRssi(int dbm) implements HardwareResponse {
        public CurrentRssi {
            Checks.range(dbm, Byte.MIN_VALUE, Byte.MAX_VALUE, "RSSI dBm");
        }
        @Override public int code() { return HardwareCommand.GET_CURRENT_RSSI.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u8(dbm); }
    }

    /** {@code 8E}: 1 = the radio is receiving or hears a preamble, 0 = clear. */
    record ChannelBusy(boolean busy) implements HardwareResponse {
        @Override public int code() { return HardwareCommand.IS_CHANNEL_BUSY.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u8(busy ? 1 : 0); }
    }

    /** {@code 8F}: estimated time on air in whole milliseconds (u32, {@code getEstAirtimeFor}). */
    record Airtime(long millis) implements HardwareResponse {
        public Airtime {
            Checks.range(millis, 0, 0xFFFF_FFFFL, "airtime ms");
        }
        @Override public int code() { return HardwareCommand.GET_AIRTIME.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u32(millis); }
    }

    /** {@code 90}: the calibrated noise floor, dBm (i16). */
    record NoiseFloor(int dbm) implements HardwareResponse {
        public NoiseFloor {
            Checks.range(dbm, Short.MIN_VALUE, Short.MAX_VALUE, "noise floor dBm");
        }
        @Override public int code() { return HardwareCommand.GET_NOISE_FLOOR.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u16(dbm); }
    }

    /** {@code 91}: modem protocol version (1 in firmware v1.17.1), then a reserved zero byte. */
    record Version(int version) implements HardwareResponse {
        public Version {
            Checks.range(version, 0, 255, "version");
        }
        @Override public int code() { return HardwareCommand.GET_VERSION.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u8(version).u8(0); }
    }

    /** {@code 92}: radio counters since boot (u32 each): packets received, sent, receive errors. */
    record Stats(long rxPackets, long txPackets, long rxErrors) implements HardwareResponse {
        public Stats {
            Checks.range(rxPackets, 0, 0xFFFF_FFFFL, "rx packets");
            Checks.range(txPackets, 0, 0xFFFF_FFFFL, "tx packets");
            Checks.range(rxErrors, 0, 0xFFFF_FFFFL, "rx errors");
        }
        @Override public int code() { return HardwareCommand.GET_STATS.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u32(rxPackets).u32(txPackets).u32(rxErrors); }
    }

    /** {@code 93}: battery voltage in mV (u16). */
    record Battery(int millivolts) implements HardwareResponse {
        public Battery {
            Checks.range(millivolts, 0, 0xFFFF, "battery mV");
        }
        @Override public int code() { return HardwareCommand.GET_BATTERY.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u16(millivolts); }
    }

    /** {@code 94}: MCU temperature in tenths of a degree Celsius (i16, 253 = 25.3 °C). */
    record McuTemp(int deciCelsius) implements HardwareResponse {
        public McuTemp {
            Checks.range(deciCelsius, Short.MIN_VALUE, Short.MAX_VALUE, "MCU temperature");
        }
        @Override public int code() { return HardwareCommand.GET_MCU_TEMP.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u16(deciCelsius); }
    }

    /** {@code 95}: CayenneLPP telemetry, at most 255 bytes; empty when the query found nothing. */
    record Sensors(Bytes cayenneLpp) implements HardwareResponse {
        public Sensors {
            Checks.sized(Checks.notNull(cayenneLpp, "cayenneLpp"), 0, KissConstants.MAX_SENSOR_BYTES, "CayenneLPP data");
        }
        @Override public int code() { return HardwareCommand.GET_SENSORS.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.bytes(cayenneLpp); }
    }

    /** {@code 96}: the board's manufacturer name, UTF-8 without a terminator. */
    record DeviceName(String name) implements HardwareResponse {
        public DeviceName {
            Checks.sized(Bytes.utf8(Checks.notNull(name, "name")), 0, MAX_HW_DATA_BYTES, "device name");
        }
        @Override public int code() { return HardwareCommand.GET_DEVICE_NAME.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.utf8(name); }
    }

    /** {@code 97}: the answer to Ping. */
    record Pong() implements HardwareResponse {
        @Override public int code() { return HardwareCommand.PING.responseCode(); }
    }

    /** {@code 9A}: whether RxMeta follows received packets; the reply to both Set- and GetSignalReport. */
    record SignalReport(boolean enabled) implements HardwareResponse {
        @Override public int code() { return HardwareCommand.GET_SIGNAL_REPORT.responseCode(); }
        @Override public void writeBody(ByteWriter out) { out.u8(enabled ? 1 : 0); }
    }

    /** {@code F0}: generic success (SetRadio, SetTxPower, Reboot). */
    record Ok() implements HardwareResponse {
        @Override public int code() { return KissConstants.HW_RESP_OK; }
    }

    /** {@code F1}: generic failure with a code byte; codes this library does not know stay raw. */
    record Error(int errorCode) implements HardwareResponse {
        public Error {
            Checks.range(errorCode, 0, 255, "error code");
        }
        public static Error of(HardwareError error) { return new Error(error.code()); }
        public Optional<HardwareError> error() { return HardwareError.fromCode(errorCode); }
        @Override public int code() { return KissConstants.HW_RESP_ERROR; }
        @Override public void writeBody(ByteWriter out) { out.u8(errorCode); }
    }

    /** {@code F8}, unsolicited: the pending Data frame went out (true) or failed or timed out. */
    record TxDone(boolean sent) implements HardwareResponse {
        @Override public int code() { return KissConstants.HW_RESP_TX_DONE; }
        @Override public void writeBody(ByteWriter out) { out.u8(sent ? 1 : 0); }
    }

    /** {@code F9}, unsolicited after each received Data frame: SNR in 0.25 dB (i8), RSSI dBm (i8). */
    record RxMeta(int snrQuarterDb, int rssiDbm) implements HardwareResponse {
        public RxMeta {
            Checks.range(snrQuarterDb, Byte.MIN_VALUE, Byte.MAX_VALUE, "SNR quarter-dB");
            Checks.range(rssiDbm, Byte.MIN_VALUE, Byte.MAX_VALUE, "RSSI dBm");
        }
        public double snrDb() { return snrQuarterDb / 4.0; }
        @Override public int code() { return KissConstants.HW_RESP_RX_META; }
        @Override public void writeBody(ByteWriter out) { out.u8(snrQuarterDb).u8(rssiDbm); }
    }
}
