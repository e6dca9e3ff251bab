package org.meshbridge.server.web.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One account's direct messages, in memory: the newest {@link #KEEP} per conversation, with an
 * unread count per conversation. Thread-safe (one lock per account).
 */
final class DmLog {

    /** Messages kept per conversation. */
    static final int KEEP = 200;

    private final Map<String, Deque<DmView>> byNode = new HashMap<>();
    private final Map<String, Integer> unread = new HashMap<>();

    /** Adds {@code message} (or replaces the one with its id) to its conversation. */
    synchronized void put(DmView message) {
        Deque<DmView> conversation = byNode.computeIfAbsent(message.nodeId(), k -> new ArrayDeque<>());
        for (Iterator<DmView> it = conversation.iterator(); it.hasNext(); ) {
            if (it.next().id() == message.id()) {
                it.remove();
                break;
            }
        }
        conversation.addLast(message);
        if (conversation.size() > KEEP) {
            conversation.removeFirst();
        }
    }

    /** The message {@code id} with {@code nodeId}, if still kept. */
    synchronized Optional<DmView> find(String nodeId, long id) {
        return byNode.getOrDefault(nodeId, new ArrayDeque<>()).stream().filter(m -> m.id() == id).findFirst();
    }

    synchronized void countUnread(String nodeId) {
        unread.merge(nodeId, 1, Integer::sum);
    }

    /** The newest {@code limit} messages with {@code nodeId}, newest first; clears its unread count. */
    synchronized Optional<List<DmView>> read(String nodeId, int limit) {
        Deque<DmView> conversation = byNode.get(nodeId);
        if (conversation == null) {
            return Optional.empty();
        }
        unread.remove(nodeId);
        List<DmView> newest = new ArrayList<>(limit);
        for (Iterator<DmView> it = conversation.descendingIterator(); it.hasNext() && newest.size() < limit; ) {
            newest.add(it.next());
        }
        return Optional.of(newest);
    }

    /** Each conversation's newest message and unread count, newest conversation first. */
    synchronized List<Map.Entry<DmView, Integer>> heads() {
        List<Map.Entry<DmView, Integer>> heads = new ArrayList<>();
        byNode.forEach((node, messages) -> {
            if (!messages.isEmpty()) {
                heads.add(Map.entry(messages.peekLast(), unread.getOrDefault(node, 0)));
            }
        });
        heads.sort(Comparator.comparing((Map.Entry<DmView, Integer> e) -> e.getKey().id()).reversed());
        return heads;
    }
}
