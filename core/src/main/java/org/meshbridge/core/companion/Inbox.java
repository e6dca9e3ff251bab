package org.meshbridge.core.companion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One account's received messages, read by each of its sessions with its own cursor, so a message is
 * delivered to every session and no session takes one from another.
 *
 * <p>A message that arrives is queued for every session connected at that time. A session that
 * connects later starts after the newest message any session has already read: what arrived while
 * no app was connected waits for the apps that connect, and once one of them has read it, apps
 * connecting after that do not get it again. At most {@code capacity} messages are kept; when more
 * arrive the oldest are dropped (and counted) even if a slow session has not read them. Confined to
 * the scheduler thread.
 */
final class Inbox {

    private record Entry(long seq, InboxMessage message) {
    }

    private final int capacity;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final List<CompanionSession> sessions = new ArrayList<>();
    private long nextSeq;
    private long startOfNewSessions;
    private long dropped;

    Inbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    void attach(CompanionSession session) {
        session.cursor = startOfNewSessions;
        sessions.add(session);
    }

    void detach(CompanionSession session) {
        sessions.remove(session);
        trim();
    }

    /** Queues {@code message} and tells each session whose queue was empty. */
    void add(InboxMessage message) {
        long seq = nextSeq++;
        entries.addLast(new Entry(seq, message));
        while (entries.size() > capacity) {
            entries.removeFirst();
            dropped++;
        }
        for (CompanionSession s : List.copyOf(sessions)) {
            if (waiting(s) == 1) {
                s.messageWaiting();
            }
        }
        trim();
    }

    /** The next message for {@code session}, moving its cursor. */
    Optional<InboxMessage> next(CompanionSession session) {
        for (Entry e : entries) {
            if (e.seq >= session.cursor) {
                session.cursor = e.seq + 1;
                startOfNewSessions = Math.max(startOfNewSessions, session.cursor);
                trim();
                return Optional.of(e.message);
            }
        }
        session.cursor = nextSeq;
        return Optional.empty();
    }

    /** Messages {@code session} has not read yet. */
    int waiting(CompanionSession session) {
        if (entries.isEmpty()) {
            return 0;
        }
        long first = Math.max(session.cursor, entries.peekFirst().seq);
        return (int) Math.max(0, nextSeq - first);
    }

    /** Messages dropped because the inbox was full. */
    long dropped() {
        return dropped;
    }

    int size() {
        return entries.size();
    }

    /** Forgets messages that no session and no future session will read. */
    private void trim() {
        long keepFrom = startOfNewSessions;
        for (CompanionSession s : sessions) {
            keepFrom = Math.min(keepFrom, s.cursor);
        }
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext() && it.next().seq < keepFrom) {
            it.remove();
        }
    }
}
