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
 * arrive the oldest are dropped (and counted) even if a slow session has not read them. What is
 * kept is mirrored in an {@link InboxStore}, so unread messages survive a restart. Confined to the
 * scheduler thread.
 */
final class Inbox {

    private record Entry(long seq, InboxMessage message) {
    }

    private final int capacity;
    private final String account;
    private final InboxStore store;
    private long forgottenBefore;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final List<CompanionSession> sessions = new ArrayList<>();
    private long nextSeq;
    private long startOfNewSessions;
    private long dropped;

    /** An inbox kept in memory only. */
    Inbox(int capacity) {
        this(capacity, "", new InMemoryInboxStore());
    }

    /**
     * An inbox kept in {@code store}: what the store still holds for {@code account} (loaded by the
     * caller, blocking) waits for the sessions that connect, as messages that arrived while no app was
     * connected do; every message queued is appended, every message forgotten is forgotten there too.
     */
    Inbox(int capacity, String account, InboxStore store) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.account = account;
        this.store = store;
        List<InboxStore.Saved> saved = store.load(account);
        for (InboxStore.Saved s : saved.subList(Math.max(0, saved.size() - capacity), saved.size())) {
            entries.addLast(new Entry(s.seq(), s.message()));
            nextSeq = s.seq() + 1;
        }
        startOfNewSessions = entries.isEmpty() ? 0 : entries.peekFirst().seq;
        forgottenBefore = startOfNewSessions;
        if (saved.size() > capacity) {
            store.forgetBefore(account, forgottenBefore);
        }
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
        store.append(account, seq, message);
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
        long firstKept = entries.isEmpty() ? nextSeq : entries.peekFirst().seq;
        if (firstKept > forgottenBefore) {
            forgottenBefore = firstKept;
            store.forgetBefore(account, firstKept);
        }
    }
}
