package org.meshbridge.protocol.kiss;

import static org.meshbridge.protocol.kiss.KissConstants.CIPHER_MAC_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.MAX_HW_DATA_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.PUB_KEY_BYTES;
import static org.meshbridge.protocol.kiss.KissConstants.SIGNATURE_BYTES;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * SetHardware requests, host to modem: type byte {@code 06}, the {@link HardwareCommand} byte, then
 * the fields below (layouts from {@code KissModem::handle*}, firmware v1.17.1). Sizes are those the
 * firmware checks, tightened where it would read past the data or ignore trailing bytes, so that a
 * decoded request re-encodes byte for byte.
 */
public sealed interface HardwareRequest extends KissFrame {

    HardwareCommand command();

    /** Writes the fields after the sub-command byte; nothing for a parameterless request. */
    default void writeBody(ByteWriter out) {
        // parameterless
    }

    @Override
    default int typeByte() {
        return KissCommand.SETHARDWARE.code();
    }

    @Override
    default void writeData(ByteWriter out) {
        out.u8(command().code());
        writeBody(out);
    }

    /** Our Ed25519 public key, please. */
    record GetIdentity() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_IDENTITY; }
    }

    /** {@code lengthBytes} (1..64) bytes from the modem's RNG. */
    record GetRandom(int lengthBytes) implements HardwareRequest {
        public GetRandom {
            Checks.range(lengthBytes, 1, KissConstants.MAX_RANDOM_BYTES, "GetRandom length");
        }
        @Override public HardwareCommand command() { return HardwareCommand.GET_RANDOM; }
        @Override public void writeBody(ByteWriter out) { out.u8(lengthBytes); }
    }

    /** Verify {@code signature} over {@code data} (at least 1 byte) with {@code publicKey}. */
    record VerifySignature(Bytes publicKey, Bytes signature, Bytes data) implements HardwareRequest {
        public VerifySignature {
            Checks.exactly(Checks.notNull(publicKey, "publicKey"), PUB_KEY_BYTES, "public key");
            Checks.exactly(Checks.notNull(signature, "signature"), SIGNATURE_BYTES, "signature");
            Checks.sized(Checks.notNull(data, "data"), 1, MAX_HW_DATA_BYTES - PUB_KEY_BYTES - SIGNATURE_BYTES, "signed data");
        }
        @Override public HardwareCommand command() { return HardwareCommand.VERIFY_SIGNATURE; }
        @Override public void writeBody(ByteWriter out) { out.bytes(publicKey).bytes(signature).bytes(data); }
    }

    /** Sign {@code data} (at least 1 byte) with the modem's identity. */
    record SignData(Bytes data) implements HardwareRequest {
        public SignData {
            Checks.sized(Checks.notNull(data, "data"), 1, MAX_HW_DATA_BYTES, "data to sign");
        }
        @Override public HardwareCommand command() { return HardwareCommand.SIGN_DATA; }
        @Override public void writeBody(ByteWriter out) { out.bytes(data); }
    }

    /** Encrypt-then-MAC {@code plaintext} with a 32-byte key (AES-128 uses its first 16 bytes). */
    record EncryptData(Bytes key, Bytes plaintext) implements HardwareRequest {
        public EncryptData {
            Checks.exactly(Checks.notNull(key, "key"), PUB_KEY_BYTES, "key");
            Checks.sized(Checks.notNull(plaintext, "plaintext"), 1, MAX_HW_DATA_BYTES - PUB_KEY_BYTES, "plaintext");
        }
        @Override public HardwareCommand command() { return HardwareCommand.ENCRYPT_DATA; }
        @Override public void writeBody(ByteWriter out) { out.bytes(key).bytes(plaintext); }
    }

    /**
     * MAC-then-decrypt with a 32-byte key. The ciphertext must be whole AES blocks: the firmware
     * decrypts in 16-byte steps and would read past a shorter tail.
     */
    record DecryptData(Bytes key, Bytes mac, Bytes ciphertext) implements HardwareRequest {
        public DecryptData {
            Checks.exactly(Checks.notNull(key, "key"), PUB_KEY_BYTES, "key");
            Checks.exactly(Checks.notNull(mac, "mac"), CIPHER_MAC_BYTES, "MAC");
            Checks.blocks(Checks.notNull(ciphertext, "ciphertext"), MAX_HW_DATA_BYTES - PUB_KEY_BYTES - CIPHER_MAC_BYTES, "ciphertext");
        }
        @Override public HardwareCommand command() { return HardwareCommand.DECRYPT_DATA; }
        @Override public void writeBody(ByteWriter out) { out.bytes(key).bytes(mac).bytes(ciphertext); }
    }

    /** X25519 shared secret between the modem's identity and {@code remotePublicKey} (Ed25519 form). */
    record KeyExchange(Bytes remotePublicKey) implements HardwareRequest {
        public KeyExchange {
            Checks.exactly(Checks.notNull(remotePublicKey, "remotePublicKey"), PUB_KEY_BYTES, "remote public key");
        }
        @Override public HardwareCommand command() { return HardwareCommand.KEY_EXCHANGE; }
        @Override public void writeBody(ByteWriter out) { out.bytes(remotePublicKey); }
    }

    /** SHA-256 of {@code data} (at least 1 byte). */
    record Hash(Bytes data) implements HardwareRequest {
        public Hash {
            Checks.sized(Checks.notNull(data, "data"), 1, MAX_HW_DATA_BYTES, "data to hash");
        }
        @Override public HardwareCommand command() { return HardwareCommand.HASH; }
        @Override public void writeBody(ByteWriter out) { out.bytes(data); }
    }

    /**
     * Retune: frequency and bandwidth in Hz (u32 LE each), SF 5..12, CR 5..8 (4/5..4/8). The modem
     * answers Ok even when the radio refuses the values, so we refuse them here.
     */
    record SetRadio(long frequencyHz, long bandwidthHz, int spreadingFactor, int codingRate) implements HardwareRequest {
        public SetRadio {
            Checks.range(frequencyHz, 1, 0xFFFF_FFFFL, "frequency Hz");
            Checks.range(bandwidthHz, 1, 0xFFFF_FFFFL, "bandwidth Hz");
            Checks.range(spreadingFactor, 5, 12, "spreading factor");
            Checks.range(codingRate, 5, 8, "coding rate");
        }
        @Override public HardwareCommand command() { return HardwareCommand.SET_RADIO; }
        @Override public void writeBody(ByteWriter out) {
            out.u32(frequencyHz).u32(bandwidthHz).u8(spreadingFactor).u8(codingRate);
        }
    }

    /** Transmit power in dBm; one byte that the radio driver reads as {@code int8_t}. */
    record SetTxPower(int dbm) implements HardwareRequest {
        public SetTxPower {
            Checks.range(dbm, Byte.MIN_VALUE, Byte.MAX_VALUE, "TX power dBm");
        }
        @Override public HardwareCommand command() { return HardwareCommand.SET_TX_POWER; }
        @Override public void writeBody(ByteWriter out) { out.u8(dbm); }
    }

    record GetRadio() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_RADIO; }
    }

    record GetTxPower() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_TX_POWER; }
    }

    record GetCurrentRssi() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_CURRENT_RSSI; }
    }

    record IsChannelBusy() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.IS_CHANNEL_BUSY; }
    }

    /** The modem's estimated time on air, in ms, for a packet of {@code packetBytes} (0..255). */
    record GetAirtime(int packetBytes) implements HardwareRequest {
        public GetAirtime {
            Checks.range(packetBytes, 0, 255, "packet length");
        }
        @Override public HardwareCommand command() { return HardwareCommand.GET_AIRTIME; }
        @Override public void writeBody(ByteWriter out) { out.u8(packetBytes); }
    }

    record GetNoiseFloor() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_NOISE_FLOOR; }
    }

    record GetVersion() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_VERSION; }
    }

    record GetStats() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_STATS; }
    }

    record GetBattery() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_BATTERY; }
    }

    record GetMcuTemp() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_MCU_TEMP; }
    }

    /** Sensor telemetry; permission bits 0x01 base, 0x02 location, 0x04 environment. */
    record GetSensors(int permissions) implements HardwareRequest {
        public GetSensors {
            Checks.range(permissions, 0, 255, "sensor permissions");
        }
        @Override public HardwareCommand command() { return HardwareCommand.GET_SENSORS; }
        @Override public void writeBody(ByteWriter out) { out.u8(permissions); }
    }

    record GetDeviceName() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_DEVICE_NAME; }
    }

    record Ping() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.PING; }
    }

    record Reboot() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.REBOOT; }
    }

    /**
     * Turn RxMeta after each received packet on or off. The firmware treats any nonzero byte as on;
     * we send and accept only 1 and 0 so that decoding stays reversible.
     */
    record SetSignalReport(boolean enabled) implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.SET_SIGNAL_REPORT; }
        @Override public void writeBody(ByteWriter out) { out.u8(enabled ? 1 : 0); }
    }

    record GetSignalReport() implements HardwareRequest {
        @Override public HardwareCommand command() { return HardwareCommand.GET_SIGNAL_REPORT; }
    }
}
