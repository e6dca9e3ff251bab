package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The typical gap between a node's adverts, from their arrival times: the lower median of the
 * last {@value #SAMPLES} gaps, once {@value #MIN_SAMPLES} were seen. A lost advert makes one gap
 * twice as long and a manual re-advert one shorter; the median ignores both as long as they are
 * the minority. Gaps shorter than {@link #MIN_GAP} (bursts, a button pressed twice) are not
 * samples. {@link #breakSequence()} drops the pending start so a gap that spans a time the
 * bridge could not hear is not measured. Not thread-safe: confined to the scheduler thread.
 */
final class IntervalEstimator {

    static final int SAMPLES = 8;
    static final int MIN_SAMPLES = 2;
    static final Duration MIN_GAP = Duration.ofSeconds(20);

    private final ArrayDeque<Duration> gaps = new ArrayDeque<>(SAMPLES);
    private Instant last;

    /** An estimator that has seen {@code gaps} (oldest first; the last {@value #SAMPLES} count) and no arrival since. */
    static IntervalEstimator of(List<Duration> gaps) {
        IntervalEstimator estimator = new IntervalEstimator();
        gaps.subList(Math.max(0, gaps.size() - SAMPLES), gaps.size()).forEach(estimator.gaps::addLast);
        return estimator;
    }

    /** The gaps the estimate is taken from, oldest first. */
    List<Duration> gaps() {
        return List.copyOf(gaps);
    }

    /** Records an advert arrival; returns the estimate after it. */
    Optional<Duration> heard(Instant at) {
        if (last != null && at.isAfter(last)) {
            Duration gap = Duration.between(last, at);
            if (gap.compareTo(MIN_GAP) >= 0) {
                if (gaps.size() == SAMPLES) {
                    gaps.removeFirst();
                }
                gaps.addLast(gap);
            }
        }
        if (last == null || at.isAfter(last)) {
            last = at;
        }
        return estimate();
    }

    /** Forgets the last arrival, not the gaps: the next advert starts a new measurement. */
    void breakSequence() {
        last = null;
    }

    Optional<Duration> estimate() {
        if (gaps.size() < MIN_SAMPLES) {
            return Optional.empty();
        }
        Duration[] sorted = gaps.toArray(new Duration[0]);
        Arrays.sort(sorted);
        return Optional.of(sorted[(sorted.length - 1) / 2]);
    }
}
