package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.NodeListener;

/**
 * Every node the bridge heard: who it is, where, how well heard, its battery and its liveness.
 *
 * <p><b>Inputs.</b> A {@link NodeListener} of the node: a node enters only by a verified, fresh
 * advert ({@link #onNodeHeard}), the one packet that really names its sender with everything
 * about it (a datagram names it by a one-byte hash only, a repeated flood names a path of hashes).
 * A known node is also refreshed when it ACKs a text the bridge sent it (only the recipient can
 * make that ACK; the {@link LivenessMonitor} reports it, as it has the clock), and by other packets
 * that identify it ({@link #heardPacket}, fed by {@link PacketHearing}): a datagram from it that a
 * local endpoint opened, or a flood it relayed last when its hash prefix is unambiguous. Battery
 * readings come from whoever decodes telemetry and status replies ({@link #reportBattery}). Only
 * adverts feed the advert interval estimate.
 *
 * <p><b>Threading.</b> Inputs, {@link NodeRegistryListener} callbacks and liveness changes run on
 * the node's scheduler thread. Reads ({@link #nodes()}, {@link #node}, {@link #nodeByName},
 * {@link #size()}) may come from any thread (HTTP, MQTT, metrics): every node is published as an
 * immutable {@link NodeSnapshot} in a concurrent map after each change, so a reader sees each
 * node consistent, and the list it gets is its own copy. Two nodes in one list may be from two
 * moments a few milliseconds apart. Listeners may be added from any thread.
 *
 * <p>Bounded: past {@code capacity} nodes the least recently heard is forgotten
 * ({@link NodeRegistryListener#onNodeRemoved}).
 */
public final class NodeRegistry implements NodeListener {

    private final int capacity;
    /** Scheduler thread only: access order = least recently heard first. */
    private final LinkedHashMap<String, IntervalEstimator> intervals = new LinkedHashMap<>(64, 0.75f, true);
    /** Written on the scheduler thread, read anywhere. */
    private final Map<String, NodeSnapshot> published = new ConcurrentHashMap<>();
    private final List<NodeRegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final List<LivenessHook> hooks = new CopyOnWriteArrayList<>();

    /** @param capacity at most this many nodes are kept, at least 1 */
    public NodeRegistry(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Subscribes to updates and alerts; any thread. */
    public void addListener(NodeRegistryListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(NodeRegistryListener listener) {
        listeners.remove(listener);
    }

    /** Every node, ordered by id; an immutable copy, safe from any thread. */
    public List<NodeSnapshot> nodes() {
        List<NodeSnapshot> all = new ArrayList<>(published.values());
        all.sort(Comparator.comparing(NodeSnapshot::id));
        return List.copyOf(all);
    }

    /** The node with this id (64 hex digits, either case); any thread. */
    public Optional<NodeSnapshot> node(String nodeId) {
        return Optional.ofNullable(published.get(nodeId.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The most recently heard node advertising this exact name; any thread. */
    public Optional<NodeSnapshot> nodeByName(String name) {
        return published.values().stream().filter(n -> n.name().equals(name))
                .max(Comparator.comparing(NodeSnapshot::lastHeard));
    }

    /** How many nodes are known; any thread. */
    public int size() {
        return published.size();
    }

    /** A verified, fresh advert: adds or refreshes the node. Scheduler thread. */
    @Override
    public void onNodeHeard(Contact contact) {
        String id = contact.identity().publicKey().hex();
        Instant at = contact.lastHeard();
        IntervalEstimator estimator = intervals.get(id);
        boolean isNew = estimator == null;
        if (isNew) {
            estimator = new IntervalEstimator();
            intervals.put(id, estimator);
        }
        Optional<Duration> observed = estimator.heard(at);
        NodeSnapshot before = published.get(id);
        NodeSnapshot node = new NodeSnapshot(id, contact.name(), NodeRole.fromNodeTypeCode(contact.nodeTypeCode()),
                before != null ? before.firstHeard() : at, at,
                contact.advertTimestamp() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(contact.advertTimestamp())),
                before != null ? before.advertsHeard() + 1 : 1, observed,
                before != null ? before.expectedInterval() : Optional.empty(),
                contact.location().flatMap(Position::of).or(() -> before != null ? before.position() : Optional.empty()),
                before != null ? before.battery() : Optional.empty(), contact.signal(), contact.hopCount(),
                contact.linkId(), before != null ? before.state() : LivenessState.ONLINE,
                before != null ? before.stateSince() : at, before != null && before.monitored(),
                before != null && before.maintenance(), before != null && before.batteryLow(),
                before != null ? before.packetsHeard() : 0,
                contact.hopCount() == 0 ? Optional.of(new DirectReception(at, contact.signal(), contact.linkId()))
                        : before != null ? before.direct() : Optional.empty());
        List<Alert> alerts = new ArrayList<>();
        for (LivenessHook hook : hooks) {
            Outcome outcome = hook.heard(node);
            node = outcome.node();
            alerts.addAll(outcome.alerts());
        }
        published.put(id, node);
        notifyUpdated(node, isNew ? NodeUpdate.NEW : NodeUpdate.HEARD);
        alerts.forEach(this::publishAlert);
        evictBeyondCapacity();
    }

    /**
     * A battery reading from a telemetry or status reply. Scheduler thread (from another thread:
     * {@code scheduler.execute(() -> registry.reportBattery(...))}).
     *
     * @return false when the node is not in the registry (the reading is dropped)
     */
    public boolean reportBattery(String nodeId, BatteryReading reading) {
        Objects.requireNonNull(reading, "reading");
        NodeSnapshot before = published.get(nodeId.toLowerCase(java.util.Locale.ROOT));
        if (before == null) {
            return false;
        }
        NodeSnapshot node = before.withBattery(reading, before.batteryLow());
        List<Alert> alerts = new ArrayList<>();
        for (LivenessHook hook : hooks) {
            Outcome outcome = hook.battery(node);
            node = outcome.node();
            alerts.addAll(outcome.alerts());
        }
        published.put(node.id(), node);
        notifyUpdated(node, NodeUpdate.BATTERY);
        alerts.forEach(this::publishAlert);
        return true;
    }

    /**
     * A known node proved it is alive without an advert (it ACKed a message the bridge sent it):
     * its last heard moves to {@code at}; its advert interval is not touched. Scheduler thread.
     *
     * @return false when the node is unknown or {@code at} is not after its last heard
     */
    boolean heardOtherwise(String nodeId, Instant at) {
        NodeSnapshot before = published.get(nodeId);
        if (before == null || !at.isAfter(before.lastHeard())) {
            return false;
        }
        intervals.get(nodeId); // access order: it counts as heard for the capacity bound
        NodeSnapshot node = before.withHeard(at, 0, before.direct());
        List<Alert> alerts = new ArrayList<>();
        for (LivenessHook hook : hooks) {
            Outcome outcome = hook.heard(node);
            node = outcome.node();
            alerts.addAll(outcome.alerts());
        }
        published.put(nodeId, node);
        notifyUpdated(node, NodeUpdate.HEARD);
        alerts.forEach(this::publishAlert);
        return true;
    }

    /**
     * Takes back a node kept across a restart ({@link NodeJournal}): its snapshot as {@code decorate}
     * makes it, and its advert gaps, so its observed interval survives; its next advert starts a new
     * gap (the bridge did not hear in between). It counts as the most recently heard, so restore the
     * oldest first. Listeners are not told: this runs at start, before the radio, and a listener
     * attached later reads {@link #nodes()}. Scheduler thread.
     */
    void restore(SavedNode saved, UnaryOperator<NodeSnapshot> decorate) {
        intervals.put(saved.id(), IntervalEstimator.of(saved.recentGaps()));
        published.put(saved.id(), decorate.apply(saved.snapshot()));
        evictBeyondCapacity();
    }

    /**
     * The recent advert gaps of those of {@code ids} that are known, in one pass that leaves the
     * least-recently-heard order alone (a lookup by key would count as hearing the node). Scheduler thread.
     */
    Map<String, List<Duration>> recentGaps(Set<String> ids) {
        Map<String, List<Duration>> out = new HashMap<>();
        for (Map.Entry<String, IntervalEstimator> e : intervals.entrySet()) {
            if (ids.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue().gaps());
            }
        }
        return out;
    }

    /** At most this many nodes are kept. */
    int capacity() {
        return capacity;
    }

    /**
     * A packet other than an advert that identifies a known node ({@link PacketHearing} decides which):
     * one more packet is counted for it, its last heard moves to {@code at} if that is later, and a
     * packet heard straight from it replaces its {@link NodeSnapshot#direct()}. As with an ACK, it
     * counts as hearing the node for liveness; its advert interval is not touched. Listeners get
     * {@link NodeUpdate#PACKET}, or {@link NodeUpdate#LIVENESS} when the node's liveness changed with
     * it. Scheduler thread.
     *
     * @param direct set when the packet came straight from the node (no repeater between)
     * @return false when the node is unknown (nothing changes)
     */
    public boolean heardPacket(String nodeId, Instant at, Optional<DirectReception> direct) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direct, "direct");
        String id = nodeId.toLowerCase(Locale.ROOT);
        NodeSnapshot before = published.get(id);
        if (before == null) {
            return false;
        }
        boolean later = at.isAfter(before.lastHeard());
        NodeSnapshot node = before.withHeard(later ? at : before.lastHeard(), 1, direct.or(before::direct));
        List<Alert> alerts = new ArrayList<>();
        if (later) {
            intervals.get(id); // access order: it counts as heard for the capacity bound
            for (LivenessHook hook : hooks) {
                Outcome outcome = hook.heard(node);
                node = outcome.node();
                alerts.addAll(outcome.alerts());
            }
        }
        published.put(id, node);
        notifyUpdated(node, node.livenessDiffers(before) ? NodeUpdate.LIVENESS : NodeUpdate.PACKET);
        alerts.forEach(this::publishAlert);
        return true;
    }

    /** The published snapshots, uncopied and unsorted (for per-packet lookups); any thread. */
    Collection<NodeSnapshot> snapshots() {
        return Collections.unmodifiableCollection(published.values());
    }

    /** Forgets that the last advert of every node started an interval measurement (the bridge was deaf). */
    void breakIntervalSequences() {
        intervals.values().forEach(IntervalEstimator::breakSequence);
    }

    /** Replaces a node's snapshot after a liveness change, and tells listeners. Scheduler thread. */
    void applyLiveness(NodeSnapshot node) {
        if (published.containsKey(node.id())) {
            published.put(node.id(), node);
            notifyUpdated(node, NodeUpdate.LIVENESS);
        }
    }

    void addHook(LivenessHook hook) {
        hooks.add(hook);
    }

    /** Delivers an alert to every listener. Scheduler thread. */
    void publishAlert(Alert alert) {
        for (NodeRegistryListener listener : listeners) {
            listener.onAlert(alert);
        }
    }

    private void notifyUpdated(NodeSnapshot node, NodeUpdate why) {
        for (NodeRegistryListener listener : listeners) {
            listener.onNodeUpdated(node, why);
        }
    }

    private void evictBeyondCapacity() {
        while (intervals.size() > capacity) {
            String eldest = intervals.keySet().iterator().next();
            intervals.remove(eldest);
            published.remove(eldest);
            hooks.forEach(h -> h.removed(eldest));
            for (NodeRegistryListener listener : listeners) {
                listener.onNodeRemoved(eldest);
            }
        }
    }

    /** How the liveness monitor sees registry changes and decorates snapshots; scheduler thread. */
    interface LivenessHook {
        Outcome heard(NodeSnapshot node);

        Outcome battery(NodeSnapshot node);

        void removed(String nodeId);
    }

    /** A snapshot as the hook decorated it, and the alerts to deliver after the update. */
    record Outcome(NodeSnapshot node, List<Alert> alerts) {
    }
}
