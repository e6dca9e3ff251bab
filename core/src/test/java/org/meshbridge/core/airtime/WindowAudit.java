package org.meshbridge.core.airtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.meshbridge.core.radio.RecordingRadioLink.Transmission;
import org.meshbridge.core.radio.TxResult;

/**
 * Recomputes, independently of the scheduler, the airtime in the rolling window at every
 * transmission start: for each frame that may have been on air (all but NOT_SENT), the window of
 * length W ending where that frame ends. Those windows are the fullest ones, so their maximum is the
 * most airtime any window held.
 */
final class WindowAudit {

    private WindowAudit() {
    }

    /** The window airtime at each charged transmission's start, in order, counting frames that match {@code counted}. */
    static List<Duration> windowAtEachStart(List<Transmission> transmissions, Duration window, Predicate<Transmission> counted) {
        List<Transmission> charged = transmissions.stream().filter(t -> t.result() != TxResult.NOT_SENT).toList();
        List<Duration> windows = new ArrayList<>(charged.size());
        for (int i = 0; i < charged.size(); i++) {
            if (!counted.test(charged.get(i))) {
                continue;
            }
            long end = nanos(charged.get(i).endsAt());
            long start = end - window.toNanos();
            long used = 0;
            for (int j = i; j >= 0; j--) {
                Transmission earlier = charged.get(j);
                long earlierEnd = nanos(earlier.endsAt());
                if (earlierEnd <= start) {
                    break;
                }
                if (counted.test(earlier)) {
                    used += earlierEnd - Math.max(start, nanos(earlier.startedAt()));
                }
            }
            windows.add(Duration.ofNanos(used));
        }
        return windows;
    }

    /** The fullest window over all transmissions. */
    static Duration peak(List<Transmission> transmissions, Duration window) {
        return peak(transmissions, window, t -> true);
    }

    /** The fullest window, counting only frames that match {@code counted}. */
    static Duration peak(List<Transmission> transmissions, Duration window, Predicate<Transmission> counted) {
        return windowAtEachStart(transmissions, window, counted).stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** True if no two transmissions that may have been on air (all but NOT_SENT) overlap. */
    static boolean noOverlap(List<Transmission> transmissions) {
        List<Transmission> charged = transmissions.stream().filter(t -> t.result() != TxResult.NOT_SENT).toList();
        for (int i = 1; i < charged.size(); i++) {
            if (charged.get(i).startedAt().isBefore(charged.get(i - 1).endsAt())) {
                return false;
            }
        }
        return true;
    }

    private static long nanos(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
