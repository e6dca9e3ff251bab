package org.meshbridge.protocol.payload;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * CONTROL (0x0B): unencrypted; the upper nibble of byte 0 is the sub-type. Sub-types with bit 7
 * set are zero-hop only: processed only with an empty path and never forwarded.
 */
public sealed interface ControlPayload extends Payload permits DiscoverRequest, DiscoverResponse, UnknownControl {

    /** The sub-type: byte 0 with the low nibble cleared (0x80 DISCOVER_REQ, 0x90 DISCOVER_RESP, ...). */
    int subType();

    /** True for sub-types 0x80..0xF0, which the firmware handles only at zero hops. */
    default boolean isZeroHopOnly() {
        return (subType() & PayloadConstants.CTL_ZERO_HOP_BIT) != 0;
    }

    @Override
    default int typeCode() {
        return PayloadType.CONTROL.code();
    }

    /** Reads a CONTROL payload: at least 1 byte; DISCOVER_REQ and DISCOVER_RESP are parsed, others kept raw. */
    static ControlPayload read(ByteReader r) throws MalformedFrameException {
        int first = r.peekU8("control type");
        return switch (first & PayloadConstants.CTL_SUB_TYPE_MASK) {
            case PayloadConstants.CTL_TYPE_NODE_DISCOVER_REQ -> DiscoverRequest.read(r);
            case PayloadConstants.CTL_TYPE_NODE_DISCOVER_RESP -> DiscoverResponse.read(r);
            default -> new UnknownControl(r.rest());
        };
    }
}
