package org.meshbridge.server.gateway;

/**
 * A snapshot of a gateway client's counters.
 *
 * @param online true between the server's welcome and the connection's end
 * @param forwarded received packets sent to the server (live or from the buffer)
 * @param buffered received packets held now, waiting for the server
 * @param droppedOffline packets dropped from a full buffer since start
 * @param droppedInvalid frames the radio heard that are not valid MeshCore packets (never forwarded)
 * @param transmitted {@code tx} requests handed to the radio
 * @param connections welcomes received since start
 */
public record GatewayClientStats(boolean online, long forwarded, int buffered, long droppedOffline,
        long droppedInvalid, long transmitted, long connections) {
}
