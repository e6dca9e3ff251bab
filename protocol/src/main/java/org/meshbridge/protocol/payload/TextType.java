package org.meshbridge.protocol.payload;

import java.util.Optional;

/** The {@code txt_type} of a TXT_MSG ({@code TXT_TYPE_*}, firmware {@code helpers/TxtDataHelpers.h}). */
public enum TextType {
    PLAIN(0),
    CLI_DATA(1),
    SIGNED_PLAIN(2);

    private static final TextType[] BY_CODE = new TextType[256];

    static {
        for (TextType t : values()) {
            if (BY_CODE[t.code] != null) {
                throw new ExceptionInInitializerError("duplicate code " + t.code);
            }
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    TextType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The constant for {@code code}; empty for codes the firmware does not define. */
    public static Optional<TextType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
