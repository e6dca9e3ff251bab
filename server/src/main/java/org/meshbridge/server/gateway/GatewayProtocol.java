package org.meshbridge.server.gateway;

/**
 * The public facts of the gateway wire protocol (documented in {@code docs/gateways.md}): where it
 * is served, which version this build speaks, and its size limits.
 */
public final class GatewayProtocol {

    /** The WebSocket path on the server's HTTP listener. */
    public static final String PATH = "/api/v1/gateway";
    /** The protocol version in {@code hello} and {@code welcome}; a server refuses any other (4426). */
    public static final int VERSION = 1;
    /** Largest text message either side accepts, after joining fragments; larger closes with 1009. */
    public static final int MAX_MESSAGE_BYTES = 4096;
    /** Link ids are this prefix and the gateway id, e.g. {@code gw-hilltop}. */
    public static final String LINK_ID_PREFIX = "gw-";

    private GatewayProtocol() {
    }

    /** The stable {@link org.meshbridge.core.radio.RadioLink#id()} of gateway {@code gatewayId}. */
    public static String linkId(String gatewayId) {
        return LINK_ID_PREFIX + GatewayIds.require(gatewayId);
    }
}
