package org.meshbridge.server.store;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How long room history is kept: posts older than {@code maxAge} go, and each room keeps at
 * most {@code maxPostsPerRoom} of its newest posts. Either, both or neither (keep everything,
 * the default). The composition root calls {@link #apply} on a schedule, e.g. hourly.
 */
public record RetentionPolicy(Optional<Duration> maxAge, OptionalLong maxPostsPerRoom) {

    public RetentionPolicy {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(maxPostsPerRoom, "maxPostsPerRoom");
        maxAge.ifPresent(age -> {
            if (age.getSeconds() < 1) {
                throw new IllegalArgumentException("retention max age must be at least one second, was " + age);
            }
        });
        if (maxPostsPerRoom.isPresent() && maxPostsPerRoom.getAsLong() < 1) {
            throw new IllegalArgumentException("retention must keep at least one post per room, was "
                    + maxPostsPerRoom.getAsLong());
        }
    }

    /** Keeps every post. */
    public static RetentionPolicy keepEverything() {
        return new RetentionPolicy(Optional.empty(), OptionalLong.empty());
    }

    /** Deletes posts older than {@code days} days. */
    public static RetentionPolicy keepDays(long days) {
        return keepEverything().withMaxAge(Duration.ofDays(days));
    }

    /** Keeps the newest {@code posts} posts of each room. */
    public static RetentionPolicy keepPostsPerRoom(long posts) {
        return keepEverything().withMaxPostsPerRoom(posts);
    }

    public RetentionPolicy withMaxAge(Duration age) {
        return new RetentionPolicy(Optional.of(age), maxPostsPerRoom);
    }

    public RetentionPolicy withMaxPostsPerRoom(long posts) {
        return new RetentionPolicy(maxAge, OptionalLong.of(posts));
    }

    public boolean keepsEverything() {
        return maxAge.isEmpty() && maxPostsPerRoom.isEmpty();
    }

    /**
     * Applies the policy to every room of {@code store}, with post timestamps compared to {@code now}.
     *
     * @return the rooms that lost posts, with how many, in room-name order
     */
    public Map<String, Long> apply(JdbcPostStore store, Instant now) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        if (keepsEverything()) {
            return deleted;
        }
        long cutoff = maxAge.map(age -> now.getEpochSecond() - age.getSeconds()).orElse(0L);
        for (String room : store.rooms()) {
            long n = cutoff > 0 ? store.deleteBefore(room, cutoff) : 0;
            if (maxPostsPerRoom.isPresent()) {
                n += store.deleteAllButNewest(room, maxPostsPerRoom.getAsLong());
            }
            if (n > 0) {
                deleted.put(room, n);
            }
        }
        return deleted;
    }
}
