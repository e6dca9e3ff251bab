package org.meshbridge.protocol.kiss;

import java.util.Optional;

/**
 * SetHardware sub-commands a host sends to the modem ({@code HW_CMD_*},
 * {@code examples/kiss_modem/KissModem.h}, firmware v1.17.1). A reply normally carries
 * {@link #responseCode()} ({@code HW_RESP(cmd)} = cmd | 0x80); the exceptions are noted per constant.
 */
public enum HardwareCommand {
    /** {@code HW_CMD_GET_IDENTITY}: our Ed25519 public key; reply Identity. */
    GET_IDENTITY(0x01),
    /** {@code HW_CMD_GET_RANDOM}: 1..64 random bytes; reply Random. */
    GET_RANDOM(0x02),
    /** {@code HW_CMD_VERIFY_SIGNATURE}: pub(32) sig(64) data(1+); reply Verify. */
    VERIFY_SIGNATURE(0x03),
    /** {@code HW_CMD_SIGN_DATA}: data(1+); reply Signature. */
    SIGN_DATA(0x04),
    /** {@code HW_CMD_ENCRYPT_DATA}: key(32) plaintext(1+); reply Encrypted. */
    ENCRYPT_DATA(0x05),
    /** {@code HW_CMD_DECRYPT_DATA}: key(32) mac(2) ciphertext(1+); reply Decrypted. */
    DECRYPT_DATA(0x06),
    /** {@code HW_CMD_KEY_EXCHANGE}: remote pub(32); reply SharedSecret. */
    KEY_EXCHANGE(0x07),
    /** {@code HW_CMD_HASH}: data(1+); reply Hash (SHA-256). */
    HASH(0x08),
    /** {@code HW_CMD_SET_RADIO}: freq Hz(u32) bw Hz(u32) sf cr; reply <b>Ok</b>, not {@code 0x89}. */
    SET_RADIO(0x09),
    /** {@code HW_CMD_SET_TX_POWER}: dBm(1); reply <b>Ok</b>, not {@code 0x8A}. */
    SET_TX_POWER(0x0A),
    /** {@code HW_CMD_GET_RADIO}: reply Radio. */
    GET_RADIO(0x0B),
    /** {@code HW_CMD_GET_TX_POWER}: reply TxPower. */
    GET_TX_POWER(0x0C),
    /** {@code HW_CMD_GET_CURRENT_RSSI}: reply CurrentRssi. */
    GET_CURRENT_RSSI(0x0D),
    /** {@code HW_CMD_IS_CHANNEL_BUSY}: reply ChannelBusy. */
    IS_CHANNEL_BUSY(0x0E),
    /** {@code HW_CMD_GET_AIRTIME}: packet length(1); reply Airtime. */
    GET_AIRTIME(0x0F),
    /** {@code HW_CMD_GET_NOISE_FLOOR}: reply NoiseFloor. */
    GET_NOISE_FLOOR(0x10),
    /** {@code HW_CMD_GET_VERSION}: reply Version. */
    GET_VERSION(0x11),
    /** {@code HW_CMD_GET_STATS}: reply Stats. */
    GET_STATS(0x12),
    /** {@code HW_CMD_GET_BATTERY}: reply Battery. */
    GET_BATTERY(0x13),
    /** {@code HW_CMD_GET_MCU_TEMP}: reply McuTemp. */
    GET_MCU_TEMP(0x14),
    /** {@code HW_CMD_GET_SENSORS}: permission bits(1); reply Sensors (CayenneLPP). */
    GET_SENSORS(0x15),
    /** {@code HW_CMD_GET_DEVICE_NAME}: reply DeviceName. */
    GET_DEVICE_NAME(0x16),
    /** {@code HW_CMD_PING}: reply Pong. */
    PING(0x17),
    /** {@code HW_CMD_REBOOT}: reply <b>Ok</b>, then the modem restarts. */
    REBOOT(0x18),
    /** {@code HW_CMD_SET_SIGNAL_REPORT}: enable(1); reply SignalReport <b>{@code 0x9A}</b>, not {@code 0x99}. */
    SET_SIGNAL_REPORT(0x19),
    /** {@code HW_CMD_GET_SIGNAL_REPORT}: reply SignalReport. */
    GET_SIGNAL_REPORT(0x1A);

    private static final HardwareCommand[] BY_CODE = new HardwareCommand[256];

    static {
        for (HardwareCommand c : values()) {
            if (BY_CODE[c.code] != null) {
                throw new ExceptionInInitializerError("duplicate hardware command code " + c.code);
            }
            BY_CODE[c.code] = c;
        }
    }

    private final int code;

    HardwareCommand(int code) {
        this.code = code;
    }

    /** The request sub-command byte. */
    public int code() {
        return code;
    }

    /** {@code HW_RESP(cmd)}: the reply sub-command, {@code code | 0x80}. */
    public int responseCode() {
        return code | KissConstants.HW_RESPONSE_FLAG;
    }

    public static Optional<HardwareCommand> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /** The command whose {@link #responseCode()} is {@code code}. */
    public static Optional<HardwareCommand> fromResponseCode(int code) {
        return (code & KissConstants.HW_RESPONSE_FLAG) != 0 ? fromCode(code & ~KissConstants.HW_RESPONSE_FLAG) : Optional.empty();
    }
}
