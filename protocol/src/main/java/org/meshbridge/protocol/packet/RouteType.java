package org.meshbridge.protocol.packet;

import java.util.Optional;

/** The route type in the low two header bits ({@code ROUTE_TYPE_*}, firmware {@code src/Packet.h}). */
public enum RouteType {
    /** Flood with two transport codes (region scope). */
    TRANSPORT_FLOOD(0x00),
    /** Flood; the path is built up hop by hop. */
    FLOOD(0x01),
    /** Source-routed; the path is supplied. */
    DIRECT(0x02),
    /** Direct with two transport codes. */
    TRANSPORT_DIRECT(0x03);

    private static final RouteType[] BY_CODE = new RouteType[4];

    static {
        for (RouteType t : values()) {
            if (BY_CODE[t.code] != null) {
                throw new ExceptionInInitializerError("duplicate route code " + t.code);
            }
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    RouteType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The route type for the two header bits; every value 0..3 is defined. */
    public static Optional<RouteType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
    }

    /** True for the two route types that carry transport codes ({@code Packet::hasTransportCodes}). */
    public boolean hasTransportCodes() {
        return this == TRANSPORT_FLOOD || this == TRANSPORT_DIRECT;
    }

    /** True for FLOOD and TRANSPORT_FLOOD ({@code Packet::isRouteFlood}). */
    public boolean isFlood() {
        return this == FLOOD || this == TRANSPORT_FLOOD;
    }

    /** True for DIRECT and TRANSPORT_DIRECT ({@code Packet::isRouteDirect}). */
    public boolean isDirect() {
        return !isFlood();
    }

    static RouteType ofBits(int bits) {
        return BY_CODE[bits & PacketConstants.ROUTE_MASK];
    }
}
