package org.meshbridge.protocol.kiss;

import java.util.Optional;

/**
 * Error codes carried by the SetHardware Error reply ({@code HW_ERR_*},
 * {@code examples/kiss_modem/KissModem.h}, firmware v1.17.1).
 */
public enum HardwareError {
    /** {@code HW_ERR_INVALID_LENGTH}: request data too short. */
    INVALID_LENGTH(0x01),
    /** {@code HW_ERR_INVALID_PARAM}: a value out of range (GetRandom length outside 1..64). */
    INVALID_PARAM(0x02),
    /** {@code HW_ERR_NO_CALLBACK}: the board lacks the feature (no radio callback, no MCU temperature). */
    NO_CALLBACK(0x03),
    /** {@code HW_ERR_MAC_FAILED}: DecryptData's MAC did not verify. */
    MAC_FAILED(0x04),
    /** {@code HW_ERR_UNKNOWN_CMD}: the sub-command is not one the modem knows. */
    UNKNOWN_CMD(0x05),
    /** {@code HW_ERR_ENCRYPT_FAILED}: EncryptData produced nothing. */
    ENCRYPT_FAILED(0x06),
    /** {@code HW_ERR_TX_BUSY}: a Data frame is already pending, or the modem's output queue is full. */
    TX_BUSY(0x07);

    private static final HardwareError[] BY_CODE = new HardwareError[256];

    static {
        for (HardwareError e : values()) {
            if (BY_CODE[e.code] != null) {
                throw new ExceptionInInitializerError("duplicate hardware error code " + e.code);
            }
            BY_CODE[e.code] = e;
        }
    }

    private final int code;

    HardwareError(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<HardwareError> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
