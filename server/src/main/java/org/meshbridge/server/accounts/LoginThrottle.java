package org.meshbridge.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (an account name, a client address) on a {@link Clock} and locks a
 * key that failed {@link LockoutPolicy#maxFailures()} times within the window, until the lockout
 * has passed. In memory, per server instance. At most {@code maxKeys} keys are tracked; beyond
 * that, keys with nothing left to remember are dropped first, then others until a tenth is free. Thread-safe.
 */
final class LoginThrottle {

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    private final LockoutPolicy policy;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    LoginThrottle(LockoutPolicy policy, Clock clock, int maxKeys) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
    }

    /** How long {@code key} stays locked, if it is locked now. */
    Optional<Duration> lockedFor(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (entry) {
            return now.isBefore(entry.lockedUntil) ? Optional.of(Duration.between(now, entry.lockedUntil))
                    : Optional.empty();
        }
    }

    /** Records a failure; returns true if it locked {@code key}. */
    boolean failed(String key) {
        Instant now = clock.instant();
        if (entries.size() >= maxKeys && !entries.containsKey(key)) {
            prune(now);
        }
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        synchronized (entry) {
            dropOld(entry, now);
            entry.failures.addLast(now);
            if (entry.failures.size() >= policy.maxFailures()) {
                entry.failures.clear();
                entry.lockedUntil = now.plus(policy.lockout());
                return true;
            }
            return false;
        }
    }

    /** Forgets {@code key}'s failures (a successful login); a running lock stays. */
    void succeeded(String key) {
        Entry entry = entries.get(key);
        if (entry != null) {
            synchronized (entry) {
                entry.failures.clear();
            }
        }
    }

    /** Keys tracked now (for tests and health). */
    int size() {
        return entries.size();
    }

    private void dropOld(Entry entry, Instant now) {
        Instant oldest = now.minus(policy.window());
        while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(oldest)) {
            entry.failures.removeFirst();
        }
    }

    private void prune(Instant now) {
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
            Entry entry = it.next().getValue();
            synchronized (entry) {
                dropOld(entry, now);
                if (entry.failures.isEmpty() && !now.isBefore(entry.lockedUntil)) {
                    it.remove();
                }
            }
        }
        Iterator<String> keys = entries.keySet().iterator();
        while (entries.size() > maxKeys - Math.max(1, maxKeys / 10) && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
