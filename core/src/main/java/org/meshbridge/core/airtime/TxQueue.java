package org.meshbridge.core.airtime;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The waiting requests: one FIFO per priority, bounded in total.
 *
 * <p>Drop policy when full, so that internet traffic waiting for its share can never crowd out the
 * node's own:
 * <ul>
 *   <li>a local arrival displaces the newest internet request of the least urgent priority, if any
 *       internet request waits;</li>
 *   <li>otherwise an arrival displaces the newest request of the least urgent priority among those
 *       it may displace (any for a local arrival, internet ones for an internet arrival), if the
 *       arrival is more urgent than it;</li>
 *   <li>otherwise the arrival is refused (it is then the newest of a priority at least as low).</li>
 * </ul>
 * So a full queue of floods never refuses an ACK, and the oldest request of each priority is never
 * the one pushed out.
 */
final class TxQueue {

    private final int capacity;
    private final Map<TxPriority, ArrayDeque<PendingTx>> byPriority = new EnumMap<>(TxPriority.class);
    private int size;

    TxQueue(int capacity) {
        this.capacity = capacity;
        for (TxPriority priority : TxPriority.values()) {
            byPriority.put(priority, new ArrayDeque<>());
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size >= capacity;
    }

    /**
     * What a full queue gives up for {@code arrival}: the request to displace, or empty when the
     * arrival itself is refused.
     */
    Optional<PendingTx> victimFor(PendingTx arrival) {
        Optional<PendingTx> internet = newestOfLeastUrgent(TrafficOrigin.INTERNET);
        if (!arrival.isInternet() && internet.isPresent()) {
            return internet;
        }
        Optional<PendingTx> candidate = arrival.isInternet() ? internet : newestOfLeastUrgent(null);
        return candidate.filter(victim -> arrival.priority().isMoreUrgentThan(victim.priority()));
    }

    /** The newest request of the least urgent priority, among those from {@code origin} (null: any). */
    private Optional<PendingTx> newestOfLeastUrgent(TrafficOrigin origin) {
        TxPriority[] priorities = TxPriority.values();
        for (int i = priorities.length - 1; i >= 0; i--) {
            Iterator<PendingTx> newestFirst = byPriority.get(priorities[i]).descendingIterator();
            while (newestFirst.hasNext()) {
                PendingTx pending = newestFirst.next();
                if (origin == null || pending.request.origin() == origin) {
                    return Optional.of(pending);
                }
            }
        }
        return Optional.empty();
    }

    void add(PendingTx pending) {
        byPriority.get(pending.priority()).addLast(pending);
        size++;
    }

    void remove(PendingTx pending) {
        if (byPriority.get(pending.priority()).remove(pending)) {
            size--;
        }
    }

    /** Every waiting request, most urgent first, oldest first within a priority. */
    List<PendingTx> inOrder() {
        List<PendingTx> all = new ArrayList<>(size);
        for (ArrayDeque<PendingTx> fifo : byPriority.values()) {
            all.addAll(fifo);
        }
        return all;
    }

    /** Removes and returns the requests whose deadline has passed at {@code now}. */
    List<PendingTx> removeExpired(Instant now) {
        List<PendingTx> expired = new ArrayList<>();
        for (ArrayDeque<PendingTx> fifo : byPriority.values()) {
            fifo.removeIf(pending -> {
                boolean stale = pending.request.isExpiredAt(now);
                if (stale) {
                    expired.add(pending);
                }
                return stale;
            });
        }
        size -= expired.size();
        return expired;
    }

    /** The earliest deadline among the waiting requests. */
    Optional<Instant> earliestDeadline() {
        Instant earliest = null;
        for (ArrayDeque<PendingTx> fifo : byPriority.values()) {
            for (PendingTx pending : fifo) {
                Optional<Instant> deadline = pending.request.deadline();
                if (deadline.isPresent() && (earliest == null || deadline.get().isBefore(earliest))) {
                    earliest = deadline.get();
                }
            }
        }
        return Optional.ofNullable(earliest);
    }
}
