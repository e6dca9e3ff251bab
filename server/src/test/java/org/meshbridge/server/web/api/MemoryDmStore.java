package org.meshbridge.server.web.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Direct messages in memory, lost when the process ends: for tests and runs without a database.
 * Same bounds and order as the database's. Thread-safe (one lock).
 */
public final class MemoryDmStore implements DmStore {

    /** One account's messages by id, and the incoming ones not opened yet. */
    private static final class Account {
        final TreeMap<Long, StoredDm> byId = new TreeMap<>();
        final Set<Long> unread = new HashSet<>();
    }

    private final Bounds bounds;
    private final Map<String, Account> accounts = new HashMap<>();

    public MemoryDmStore() {
        this(Bounds.DEFAULT);
    }

    public MemoryDmStore(Bounds bounds) {
        this.bounds = Objects.requireNonNull(bounds, "bounds");
    }

    @Override
    public synchronized long recover(Instant now) {
        long highest = 0;
        for (Account account : accounts.values()) {
            account.byId.replaceAll((id, m) -> m.state() == State.PENDING ? m.withState(State.FAILED, m.attempts()) : m);
            if (!account.byId.isEmpty()) {
                highest = Math.max(highest, account.byId.lastKey());
            }
        }
        return highest;
    }

    @Override
    public synchronized CompletionStage<Boolean> add(String account, StoredDm message) {
        Account kept = accounts.computeIfAbsent(account, a -> new Account());
        boolean repeat = message.direction() == Direction.IN && kept.byId.values().stream().anyMatch(m ->
                m.direction() == Direction.IN && m.peer().equals(message.peer())
                        && m.senderTimestamp().equals(message.senderTimestamp()) && m.text().equals(message.text()));
        if (repeat) {
            return CompletableFuture.completedFuture(false);
        }
        kept.byId.put(message.id(), message);
        if (message.direction() == Direction.IN) {
            kept.unread.add(message.id());
        }
        List<Long> conversation = kept.byId.values().stream().filter(m -> m.peer().equals(message.peer()))
                .map(StoredDm::id).toList();
        conversation.subList(0, Math.max(0, conversation.size() - bounds.perConversation())).forEach(id -> drop(kept, id));
        while (kept.byId.size() > bounds.perAccount()) {
            drop(kept, kept.byId.firstKey());
        }
        return CompletableFuture.completedFuture(true);
    }

    private static void drop(Account account, long id) {
        account.byId.remove(id);
        account.unread.remove(id);
    }

    @Override
    public synchronized CompletionStage<Void> updateDelivery(String account, long id, State state, int attempts, Instant at) {
        Account kept = accounts.get(account);
        if (kept != null) {
            kept.byId.computeIfPresent(id, (k, m) -> m.withState(state, attempts));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized List<StoredDm> page(String account, String peer, long beforeId, int limit) {
        Account kept = accounts.get(account);
        if (kept == null) {
            return List.of();
        }
        return kept.byId.headMap(beforeId, false).descendingMap().values().stream().filter(m -> m.peer().equals(peer))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Head> conversations(String account) {
        Account kept = accounts.get(account);
        if (kept == null) {
            return List.of();
        }
        Map<String, StoredDm> last = new HashMap<>();
        Map<String, Integer> unread = new HashMap<>();
        for (StoredDm m : kept.byId.values()) {
            last.put(m.peer(), m);
            if (kept.unread.contains(m.id())) {
                unread.merge(m.peer(), 1, Integer::sum);
            }
        }
        List<Head> heads = new ArrayList<>();
        last.forEach((peer, m) -> heads.add(new Head(m, unread.getOrDefault(peer, 0))));
        heads.sort(Comparator.comparingLong((Head h) -> h.last().id()).reversed());
        return heads;
    }

    @Override
    public synchronized CompletionStage<Void> markRead(String account, String peer) {
        Account kept = accounts.get(account);
        if (kept != null) {
            kept.unread.removeIf(id -> kept.byId.get(id).peer().equals(peer));
        }
        return CompletableFuture.completedFuture(null);
    }
}
