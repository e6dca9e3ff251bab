package org.meshbridge.core.companion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link InboxStore} in memory: survives a {@link VirtualCompanions} being rebuilt on it (tests,
 * the demo), not a restart of the process. Thread-safe.
 */
public final class InMemoryInboxStore implements InboxStore {

    private final Map<String, TreeMap<Long, InboxMessage>> byAccount = new ConcurrentHashMap<>();

    @Override
    public List<Saved> load(String account) {
        TreeMap<Long, InboxMessage> messages = byAccount.get(account);
        if (messages == null) {
            return List.of();
        }
        synchronized (messages) {
            List<Saved> out = new ArrayList<>();
            messages.forEach((seq, m) -> out.add(new Saved(seq, m)));
            return out;
        }
    }

    @Override
    public CompletionStage<Void> append(String account, long seq, InboxMessage message) {
        TreeMap<Long, InboxMessage> messages = byAccount.computeIfAbsent(account, a -> new TreeMap<>());
        synchronized (messages) {
            messages.put(seq, message);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> forgetBefore(String account, long seq) {
        TreeMap<Long, InboxMessage> messages = byAccount.get(account);
        if (messages != null) {
            synchronized (messages) {
                messages.headMap(seq).clear();
            }
        }
        return CompletableFuture.completedFuture(null);
    }
}
