package org.meshbridge.server.net;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (an account name, a client address): each key may act {@link RateLimit#burst()}
 * times at once and then {@link RateLimit#perMinute()} times a minute. Time comes from a
 * {@link Clock}, so tests drive it virtually. Keys whose bucket is full again are forgotten when
 * more than {@code maxKeys} are tracked; if all are busy, others go until a tenth is free (they restart full).
 * Thread-safe and non-blocking enough for a Netty event loop.
 *
 * <pre>{@code
 * RateLimiter posts = new RateLimiter(new RateLimit(30, 10), clock, 100_000);
 * RateLimiter.Decision d = posts.tryAcquire("alice");
 * if (!d.allowed()) -> 429 with Retry-After: d.retryAfterSeconds()
 * }</pre>
 */
public final class RateLimiter {

    /** Whether the action may go ahead, and if not, when the next token comes. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** {@link #retryAfter()} rounded up to whole seconds, at least 1: the {@code Retry-After} header. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    private final RateLimit limit;
    private final Clock clock;
    private final int maxKeys;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit limit, Clock clock, int maxKeys) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, was " + maxKeys);
        }
        this.maxKeys = maxKeys;
        this.tokensPerNano = limit.perMinute() / 60e9;
    }

    public RateLimit limit() {
        return limit;
    }

    /** Takes one token from {@code key}'s bucket if it has one. */
    public Decision tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        long now = nanos();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            prune(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.burst(), now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Decision.ALLOWED;
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            return new Decision(false, Duration.ofNanos(Math.max(1, wait)));
        }
    }

    /** Keys tracked now. */
    public int size() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long now) {
        long elapsed = Math.max(0, now - bucket.lastNanos);
        bucket.tokens = Math.min(limit.burst(), bucket.tokens + elapsed * tokensPerNano);
        bucket.lastNanos = Math.max(bucket.lastNanos, now);
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private void prune(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                refill(bucket, now);
                if (bucket.tokens >= limit.burst()) {
                    it.remove();
                }
            }
        }
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() > maxKeys - Math.max(1, maxKeys / 10) && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
