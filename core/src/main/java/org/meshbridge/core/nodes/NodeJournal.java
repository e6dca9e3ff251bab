package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link NodeRegistry} and its {@link LivenessMonitor} in a {@link NodeStore}, so a restart
 * forgets no node: a repeater that died while the bridge was down is still alerted, observed
 * advert intervals survive, and an alert already sent is not sent again.
 *
 * <p><b>Restore</b> ({@link #restore}, once, at start, before the radio): every kept node goes back
 * into the registry and the rules as it was saved. The time from the last moment the previous run
 * heard the mesh until now counts as deaf time (the rule the monitor applies while no radio link
 * is up): every node's silence clock moves on by it, so nobody is alerted because the bridge was
 * off, and a node that never comes back is alerted once its silence before the stop plus its
 * silence after the start reach its threshold. A node already alerted offline stays offline
 * without a new alert; its recovery is alerted when it is heard again. Past the registry's
 * capacity the least recently heard kept nodes are dropped (and deleted).
 *
 * <p><b>Saving</b>: a node is saved after it changed (heard, battery, liveness, an alert), at most
 * once per {@link #SAVE_EVERY}, its row replaced; one refreshed only by packets it relayed or sent
 * ({@link NodeUpdate#PACKET}) waits for the next {@link #HEARTBEAT}. A node the registry drops is deleted. With every
 * save, and at least every {@link #HEARTBEAT} while the bridge hears, goes the moment until which
 * the bridge heard; after a crash, restore counts the downtime from there (so at most about a
 * heartbeat of it is credited twice). {@link #stop} saves what is left, for an orderly stop.
 *
 * <p>Threading: the node's scheduler thread.
 */
public final class NodeJournal implements NodeRegistryListener {

    /** Changed nodes are saved this often, at most. */
    public static final Duration SAVE_EVERY = Duration.ofSeconds(5);
    /** While nothing changes, the moment the bridge heard until is saved this often. */
    public static final Duration HEARTBEAT = Duration.ofMinutes(1);
    /** Nodes per {@link NodeStore#save} call, so one write stays small even when every node is saved. */
    static final int NODES_PER_SAVE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(NodeJournal.class);

    private final Scheduler scheduler;
    private final NodeRegistry registry;
    private final LivenessMonitor monitor;
    private final NodeStore store;
    private final Set<String> dirty = new LinkedHashSet<>();
    /** Nodes refreshed only by packets: saved with the next heartbeat, not every few seconds (a busy repeater relays all day). */
    private final Set<String> lazy = new LinkedHashSet<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private long seenResumptions;
    private Instant savedHeardUntil;
    private Instant savedAt;
    private boolean restored;
    private Cancellable timer = () -> false;

    public NodeJournal(Scheduler scheduler, NodeRegistry registry, LivenessMonitor monitor, NodeStore store) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Loads the kept nodes into the registry and the monitor and starts following the registry's
     * changes. A store that cannot be read is logged and the run starts with no node. Once; on the
     * scheduler thread, before the radio starts and before the monitor's first check.
     *
     * @return how many nodes were restored
     */
    public int restore() {
        if (restored) {
            throw new IllegalStateException("the node journal was restored already");
        }
        restored = true;
        NodeStore.Saved saved;
        try {
            saved = store.load();
        } catch (RuntimeException e) {
            LOG.error("cannot load the nodes kept from the last run, starting without them: {}", e.getMessage());
            saved = new NodeStore.Saved(List.of(), Optional.empty());
        }
        Instant now = scheduler.now();
        List<SavedNode> nodes = new ArrayList<>(saved.nodes());
        nodes.sort(Comparator.comparing(SavedNode::lastHeard).thenComparing(SavedNode::id));
        int drop = Math.max(0, nodes.size() - registry.capacity());
        nodes.subList(0, drop).forEach(n -> removed.add(n.id()));
        List<SavedNode> kept = nodes.subList(drop, nodes.size());
        LivenessRules rules = monitor.rules();
        kept.forEach(rules::restore);
        saved.heardUntil().ifPresent(until -> {
            if (until.isAfter(now)) {
                LOG.warn("the clock ({}) is behind the last run's ({}): the downtime is not known, and nodes count as "
                        + "silent only from the last run's time on", now, until);
            }
            rules.creditDowntime(until, now);
        });
        for (SavedNode node : kept) {
            registry.restore(node, snapshot -> monitor.decorate(snapshot, now));
            dirty.add(node.id()); // their silence clocks moved on: save them so
        }
        seenResumptions = rules.hearingResumed();
        registry.addListener(this);
        if (!kept.isEmpty() || drop > 0) {
            LOG.info("restored {} nodes from the last run (heard until {}; the time since counts as deaf){}",
                    kept.size(), saved.heardUntil().map(Instant::toString).orElse("unknown"),
                    drop > 0 ? "; dropped " + drop + " least recently heard beyond monitoring.max_nodes" : "");
        }
        return kept.size();
    }

    /** Starts saving every {@link #SAVE_EVERY}; on the scheduler thread. */
    public void start() {
        timer.cancel();
        timer = scheduler.scheduleAtFixedRate(SAVE_EVERY, SAVE_EVERY, () -> save(false));
    }

    /** Stops following the registry and saves everything not saved yet; on the scheduler thread, before the store closes. */
    public void stop() {
        timer.cancel();
        registry.removeListener(this);
        save(true);
    }

    @Override
    public void onNodeUpdated(NodeSnapshot node, NodeUpdate why) {
        removed.remove(node.id());
        if (why == NodeUpdate.PACKET && !dirty.contains(node.id())) {
            lazy.add(node.id());
        } else {
            lazy.remove(node.id());
            dirty.add(node.id());
        }
    }

    @Override
    public void onNodeRemoved(String nodeId) {
        dirty.remove(nodeId);
        lazy.remove(nodeId);
        removed.add(nodeId);
    }

    /** A node alert changes what the rules remember (what was alerted, when), even when its snapshot stays. */
    @Override
    public void onAlert(Alert alert) {
        if (!alert.kind().isBridge() && registry.node(alert.subject()).isPresent()) {
            dirty.add(alert.subject());
        }
    }

    /**
     * A save failed (the database is down, say): its nodes and removals are saved again with the
     * next one, as they are then, so a restart does not find a stale row next to a fresh "heard until".
     */
    private void retryLater(List<SavedNode> failed, List<String> failedRemovals) {
        for (SavedNode node : failed) {
            if (registry.node(node.id()).isPresent() && !removed.contains(node.id())) {
                dirty.add(node.id());
            }
        }
        for (String id : failedRemovals) {
            if (registry.node(id).isEmpty()) {
                removed.add(id);
            }
        }
        savedHeardUntil = null;
    }

    /** Hands the changes since the last save to the store; {@code last} also saves an unchanged heartbeat. */
    void save(boolean last) {
        Instant now = scheduler.now();
        LivenessRules rules = monitor.rules();
        if (rules.hearingResumed() != seenResumptions) {
            // The bridge was deaf: every node's silence clock moved on.
            seenResumptions = rules.hearingResumed();
            registry.nodes().forEach(n -> dirty.add(n.id()));
        }
        Instant heardUntil = rules.heardUntil(now);
        boolean beat = !heardUntil.equals(savedHeardUntil)
                && (last || savedAt == null || !now.isBefore(savedAt.plus(HEARTBEAT)));
        if (beat || last) {
            dirty.addAll(lazy);
            lazy.clear();
        }
        if (dirty.isEmpty() && removed.isEmpty() && !beat) {
            return;
        }
        List<SavedNode> nodes = new ArrayList<>(dirty.size());
        Map<String, List<Duration>> gaps = registry.recentGaps(dirty);
        for (String id : dirty) {
            registry.node(id).ifPresent(node -> nodes.add(SavedNode.of(node, gaps.getOrDefault(id, List.of()),
                    rules.memory(id).orElseGet(() -> LivenessMemory.fresh(node.lastHeard())))));
        }
        List<String> gone = List.copyOf(removed);
        int from = 0;
        do {
            int to = Math.min(nodes.size(), from + NODES_PER_SAVE);
            List<SavedNode> chunk = List.copyOf(nodes.subList(from, to));
            List<String> chunkGone = from == 0 ? gone : List.of();
            store.save(chunk, chunkGone, heardUntil).whenComplete((done, failure) -> {
                if (failure != null) {
                    scheduler.execute(() -> retryLater(chunk, chunkGone));
                }
            });
            from = to;
        } while (from < nodes.size());
        dirty.clear();
        removed.clear();
        savedHeardUntil = heardUntil;
        savedAt = now;
    }
}
