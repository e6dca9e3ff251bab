package org.meshbridge.core.node;

/**
 * How a text message is retried when no ACK comes. The firmware leaves retries to the app
 * (the companion sends each attempt on the app's command, with the attempt number); this follows
 * the MeshCore apps and meshcore-cli: a few attempts, and after some failed direct attempts the
 * path is forgotten and the message flooded.
 *
 * @param maxAttempts attempts in all, 1..255 (default 3)
 * @param floodAfterDirectFailures after this many failed direct attempts the path is reset and the
 *     remaining attempts flood (default 2); at least 1
 */
public record RetryPolicy(int maxAttempts, int floodAfterDirectFailures) {

    /** Three attempts; the third floods if two direct attempts failed. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, 2);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 255) {
            throw new IllegalArgumentException("maxAttempts must be 1..255: " + maxAttempts);
        }
        if (floodAfterDirectFailures < 1) {
            throw new IllegalArgumentException("floodAfterDirectFailures must be at least 1: " + floodAfterDirectFailures);
        }
    }
}
