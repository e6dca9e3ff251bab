package org.meshbridge.protocol.companion;

import java.util.Optional;

/**
 * The byte after {@code RESP_CODE_ERR} ({@code ERR_CODE_*} in {@code examples/companion_radio/MyMesh.cpp}, v1.17.1).
 */
public enum ErrorCode {
    /** {@code ERR_CODE_UNSUPPORTED_CMD} = 1: also the answer to an unknown or too-short command */
    UNSUPPORTED_CMD(1),
    /** {@code ERR_CODE_NOT_FOUND} = 2. */
    NOT_FOUND(2),
    /** {@code ERR_CODE_TABLE_FULL} = 3: also "send failed" */
    TABLE_FULL(3),
    /** {@code ERR_CODE_BAD_STATE} = 4. */
    BAD_STATE(4),
    /** {@code ERR_CODE_FILE_IO_ERROR} = 5. */
    FILE_IO_ERROR(5),
    /** {@code ERR_CODE_ILLEGAL_ARG} = 6. */
    ILLEGAL_ARG(6);

    private static final ErrorCode[] BY_CODE = new ErrorCode[256];

    static {
        for (ErrorCode v : values()) {
            if (BY_CODE[v.code] != null) {
                throw new ExceptionInInitializerError("duplicate ErrorCode code " + v.code);
            }
            BY_CODE[v.code] = v;
        }
    }

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}, or empty when the firmware defines none. */
    public static Optional<ErrorCode> fromCode(int code) {
        return code < 0 || code > 255 ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }
}
