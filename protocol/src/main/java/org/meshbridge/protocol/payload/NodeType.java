package org.meshbridge.protocol.payload;

import java.util.Optional;

/** The advertised node type ({@code ADV_TYPE_*}, firmware {@code helpers/AdvertDataHelpers.h}); 5..15 are future. */
public enum NodeType {
    NONE(0),
    CHAT(1),
    REPEATER(2),
    ROOM(3),
    SENSOR(4);

    private static final NodeType[] BY_CODE = new NodeType[16];

    static {
        for (NodeType t : values()) {
            if (BY_CODE[t.code] != null) {
                throw new ExceptionInInitializerError("duplicate node type code " + t.code);
            }
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    NodeType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The node type for a 4-bit code; empty for the future codes 5..15. */
    public static Optional<NodeType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
