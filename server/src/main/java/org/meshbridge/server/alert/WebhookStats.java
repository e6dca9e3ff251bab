package org.meshbridge.server.alert;

/**
 * A webhook's counters since start.
 *
 * @param delivered alerts the receiver accepted (2xx)
 * @param failed alerts given up after the last attempt or refused for good (a 4xx other than 408 and 429)
 * @param dropped alerts pushed out of a full queue, oldest first
 * @param retries attempts after the first
 * @param queued alerts waiting or in flight now
 */
public record WebhookStats(long delivered, long failed, long dropped, long retries, int queued) {
}
