package org.meshbridge.server.web.live;

/**
 * The hub's counters, for metrics.
 *
 * @param connected clients connected now
 * @param published events published since start
 * @param delivered messages handed to client connections since start
 * @param undelivered messages not handed over because the client was closing or too slow (the
 *     latter also disconnects it)
 */
public record LiveStats(int connected, long published, long delivered, long undelivered) {
}
