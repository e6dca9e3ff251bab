package org.meshbridge.bench.fanout;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each client received the current round's message ({@link System#nanoTime()} at the read),
 * and how many received it twice. Clients write only their own slot; the round's latch orders
 * those writes before {@link #await}'s reader.
 */
final class Arrivals {

    /** The text every fan-out message carries: {@code fanout-<round>-}. */
    static final String MARKER = "fanout-";

    private final int clients;
    private final AtomicLong duplicates = new AtomicLong();
    private volatile int round = -1;
    private volatile long[] at = new long[0];
    private volatile CountDownLatch latch = new CountDownLatch(0);

    Arrivals(int clients) {
        this.clients = clients;
    }

    /** Starts round {@code number}: from now on its messages are timed. */
    void arm(int number) {
        at = new long[clients];
        latch = new CountDownLatch(clients);
        round = number;
    }

    /** Client {@code client} read {@code text} at {@code nanos}. */
    void arrived(int client, long nanos, String text) {
        int number = roundOf(text);
        if (number < 0 || number != round) {
            return;
        }
        long[] times = at;
        if (times[client] != 0) {
            duplicates.incrementAndGet();
            return;
        }
        times[client] = nanos;
        latch.countDown();
    }

    /** {@link #arrived} for a UTF-8 payload. */
    void arrived(int client, long nanos, byte[] utf8) {
        arrived(client, nanos, new String(utf8, StandardCharsets.UTF_8));
    }

    /** Waits for every client; true if all arrived in time. */
    boolean await(long timeoutSeconds) throws InterruptedException {
        return latch.await(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** The arrival times of this round (0 = not arrived). */
    long[] times() {
        return at;
    }

    long duplicates() {
        return duplicates.get();
    }

    static int roundOf(String text) {
        int start = text.indexOf(MARKER);
        if (start < 0) {
            return -1;
        }
        int value = 0;
        int digits = 0;
        for (int i = start + MARKER.length(); i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            value = value * 10 + (text.charAt(i) - '0');
            digits++;
        }
        return digits == 0 ? -1 : value;
    }
}
