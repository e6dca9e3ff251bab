package org.meshbridge.core.airtime;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The airtime charged on one link, as time intervals in nanoseconds on the scheduler's clock, kept
 * as long as they can still fall inside a rolling window. Intervals never overlap and are charged in
 * time order (one frame in flight).
 *
 * <p>The most airtime any window of length W holds is reached by a window ending where a frame
 * ends, so checking, before each start, the window that ends where the new frame will end keeps
 * every window within the limit.
 *
 * <p>The sum of all kept intervals is kept as a running total, so {@link #usedAfter} subtracts only
 * the parts before the window's start of the oldest intervals (those still kept but starting before
 * it: after {@link #prune}, the few that end within the last frame's length of the window's edge)
 * instead of walking every interval in the window.
 */
final class AirtimeLedger {

    private final long windowNanos;
    private final ArrayDeque<long[]> intervals = new ArrayDeque<>();
    /** The length of every interval in {@link #intervals} added up. */
    private long total;

    AirtimeLedger(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Records airtime on {@code [start, end)}; it must not begin before the last charge ends. */
    void charge(long start, long end) {
        if (end <= start || start < lastEnd()) {
            throw new IllegalStateException("charge [" + start + ", " + end + ") overlaps or is empty");
        }
        intervals.addLast(new long[] {start, end});
        total += end - start;
    }

    /** Takes back the charge {@code [start, end)} if it is the latest one (a frame that never went on air). */
    void refund(long start, long end) {
        long[] last = intervals.peekLast();
        if (last != null && last[0] == start && last[1] == end) {
            intervals.removeLast();
            total -= end - start;
        }
    }

    /** Where the latest charge ends, or {@link Long#MIN_VALUE} when nothing is charged. */
    long lastEnd() {
        long[] last = intervals.peekLast();
        return last == null ? Long.MIN_VALUE : last[1];
    }

    /** Forgets charges that no window ending at or after {@code now} can hold. */
    void prune(long now) {
        long horizon = now - windowNanos;
        while (!intervals.isEmpty() && intervals.peekFirst()[1] <= horizon) {
            long[] gone = intervals.removeFirst();
            total -= gone[1] - gone[0];
        }
    }

    /** Airtime charged after {@code windowStart} (the part of each interval later than it). */
    long usedAfter(long windowStart) {
        long used = total;
        for (long[] interval : intervals) {
            if (interval[0] >= windowStart) {
                break;
            }
            used -= Math.min(interval[1], windowStart) - interval[0];
        }
        return used;
    }

    /**
     * The earliest start at or after {@code from} for a frame of {@code airtime} such that the
     * window ending where it ends holds at most {@code limit}, the frame included.
     *
     * @param from at or after {@link #lastEnd()}
     * @param airtime at most {@code limit}
     */
    long earliestStart(long from, long airtime, long limit) {
        if (from < lastEnd() || airtime > limit) {
            throw new IllegalStateException("from " + from + " before last end, or airtime " + airtime + " > " + limit);
        }
        long windowStart = from + airtime - windowNanos;
        long excess = usedAfter(windowStart) + airtime - limit;
        if (excess <= 0) {
            return from;
        }
        Iterator<long[]> it = intervals.iterator();
        while (it.hasNext()) {
            long[] interval = it.next();
            long start = Math.max(interval[0], windowStart);
            long length = interval[1] - start;
            if (length <= 0) {
                continue;
            }
            if (excess <= length) {
                return start + excess - airtime + windowNanos;
            }
            excess -= length;
        }
        throw new IllegalStateException("ledger holds less than it reported");
    }
}
