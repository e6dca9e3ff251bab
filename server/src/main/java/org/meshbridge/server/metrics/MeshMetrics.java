package org.meshbridge.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import org.meshbridge.core.airtime.DropReason;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * The mesh's meters over the latest {@link MeshSnapshot}: node counters, each link's airtime and
 * transmit queue, drops by reason, active nodes by role, and last heard and battery of the
 * configured nodes only. Names and labels are listed in {@code docs/monitoring.md}.
 *
 * <p>{@link #update} is called on the scheduler thread; meters read the snapshot from any
 * thread. Series for a link or role appear the first time a snapshot holds it; series for
 * tracked nodes exist from the start (NaN until heard).
 */
public final class MeshMetrics {

    private final MeterRegistry registry;
    private final Set<String> trackedIds;
    private final Set<String> links = ConcurrentHashMap.newKeySet();
    private final Set<String> roles = ConcurrentHashMap.newKeySet();
    private final Set<MeshSnapshot.RoleState> roleStates = ConcurrentHashMap.newKeySet();
    private volatile MeshSnapshot snapshot = MeshSnapshot.empty();

    /**
     * Registers the node counters and the tracked nodes' series.
     *
     * @param trackedIds node ids (lowercase hex public keys) to give per-node series
     */
    public MeshMetrics(MeterRegistry registry, Set<String> trackedIds) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.trackedIds = Set.copyOf(trackedIds);
        nodeCounters();
        for (String id : this.trackedIds) {
            tracked(id);
        }
    }

    /** Replaces the snapshot the meters read, adding series for links and roles seen first now. */
    public void update(MeshSnapshot next) {
        snapshot = Objects.requireNonNull(next, "next");
        for (LinkAirtime link : next.links()) {
            if (links.add(link.link())) {
                registerLink(link.link());
            }
        }
        for (String role : next.activeNodesByRole().keySet()) {
            if (roles.add(role)) {
                Gauge.builder("meshbridge.nodes.active", this, m -> m.snapshot.activeNodesByRole().getOrDefault(role, 0))
                        .description("Nodes heard within the last hour, by advertised role")
                        .tags("role", role).strongReference(true).register(registry);
            }
        }
        for (MeshSnapshot.RoleState key : next.nodesByRoleAndState().keySet()) {
            if (roleStates.add(key)) {
                Gauge.builder("meshbridge.nodes", this, m -> m.snapshot.nodesByRoleAndState().getOrDefault(key, 0))
                        .description("Nodes in the registry, by advertised role and liveness state")
                        .tags("role", key.role(), "state", key.state()).strongReference(true).register(registry);
            }
        }
    }

    /** The node ids with per-node series. */
    public Set<String> trackedIds() {
        return trackedIds;
    }

    /**
     * A gauge of connected clients of one {@code kind} ({@code web}, {@code companion}, ...);
     * {@code count} is read at each scrape from the scrape's thread, so it must be thread-safe.
     */
    public void connectedClients(String kind, IntSupplier count) {
        Objects.requireNonNull(count, "count");
        Gauge.builder("meshbridge.clients.connected", count, c -> c.getAsInt())
                .description("Internet clients connected now, by kind").tags("kind", kind).strongReference(true)
                .register(registry);
    }

    private void nodeCounters() {
        counter("meshbridge.node.frames.received", "Frames the radio links delivered", NodeStats::framesReceived);
        counter("meshbridge.node.duplicates", "Packets dropped as already seen", NodeStats::duplicates);
        counter("meshbridge.node.processed", "Packets handled locally", NodeStats::processed);
        counter("meshbridge.node.forwarded", "Packets queued for retransmission as a repeater", NodeStats::forwarded);
        counter("meshbridge.node.dropped", "Packets neither processed nor forwarded", NodeStats::dropped);
        counter("meshbridge.node.unsent.no.link", "Packets not sent because no link was up", NodeStats::unsentNoLink);
        for (MalformedFrameException.Reason reason : MalformedFrameException.Reason.values()) {
            FunctionCounter.builder("meshbridge.node.malformed", this,
                            m -> m.snapshot.node().malformed().getOrDefault(reason, 0L))
                    .description("Frames or payloads dropped as undecodable, by reason").tags("reason", label(reason))
                    .register(registry);
        }
        Gauge.builder("meshbridge.node.seen.entries", this, m -> m.snapshot.node().seenEntries())
                .description("Packet hashes in the duplicate table").strongReference(true).register(registry);
    }

    private void counter(String name, String description, ToDoubleFunction<NodeStats> value) {
        FunctionCounter.builder(name, this, m -> value.applyAsDouble(m.snapshot.node())).description(description)
                .register(registry);
    }

    private void registerLink(String id) {
        Tags tags = Tags.of("link", id);
        FunctionCounter.builder("meshbridge.tx.submitted", this, m -> m.linkNow(id).map(l -> l.stats().submitted()).orElse(0L))
                .description("Transmissions requested").tags(tags).register(registry);
        FunctionCounter.builder("meshbridge.tx.transmitted", this,
                        m -> m.linkNow(id).map(l -> l.stats().transmitted()).orElse(0L))
                .description("Transmissions the radio reported sent").tags(tags).register(registry);
        for (DropReason reason : DropReason.values()) {
            FunctionCounter.builder("meshbridge.tx.dropped", this,
                            m -> m.linkNow(id).map(l -> l.stats().dropped(reason)).orElse(0L))
                    .description("Transmissions ended without being sent, by reason")
                    .tags(tags.and("reason", label(reason))).register(registry);
        }
        FunctionCounter.builder("meshbridge.airtime.charged", this,
                        m -> m.linkNow(id).map(l -> l.stats().airtime().toNanos() / 1e9).orElse(0.0))
                .description("Airtime charged to the budget since start").baseUnit("seconds").tags(tags).register(registry);
        linkGauge("meshbridge.tx.queue.length", "Transmissions waiting or on air", id,
                l -> l.budget().queued() + (l.budget().transmitting() ? 1 : 0), null);
        linkGauge("meshbridge.airtime.used", "Airtime used in the trailing budget window", id,
                l -> l.budget().used().toNanos() / 1e9, "seconds");
        linkGauge("meshbridge.airtime.allowed", "Airtime the trailing budget window may hold", id,
                l -> l.budget().allowed().toNanos() / 1e9, "seconds");
        linkGauge("meshbridge.airtime.window", "Length of the rolling budget window", id,
                l -> l.budget().window().toSeconds(), "seconds");
    }

    private void linkGauge(String name, String description, String id, ToDoubleFunction<LinkAirtime> value, String unit) {
        Gauge.Builder<MeshMetrics> builder = Gauge.builder(name, this,
                        m -> m.linkNow(id).map(value::applyAsDouble).orElse(Double.NaN))
                .description(description).tags("link", id).strongReference(true);
        if (unit != null) {
            builder.baseUnit(unit);
        }
        builder.register(registry);
    }

    private void tracked(String id) {
        Gauge.builder("meshbridge.node.last.heard.timestamp", this, m -> m.trackedNode(id)
                        .flatMap(TrackedNode::lastHeard).map(t -> t.toEpochMilli() / 1000.0).orElse(Double.NaN))
                .description("When a configured node was last heard (Unix time)").baseUnit("seconds")
                .tags("node_id", id).strongReference(true).register(registry);
        Gauge.builder("meshbridge.node.battery", this, m -> m.trackedNode(id)
                        .map(n -> n.batteryVolts().orElse(Double.NaN)).orElse(Double.NaN))
                .description("A configured node's last reported battery voltage").baseUnit("volts")
                .tags("node_id", id).strongReference(true).register(registry);
        Gauge.builder("meshbridge.node.battery.charge", this, m -> m.trackedNode(id)
                        .map(n -> n.batteryPercent().orElse(Double.NaN)).orElse(Double.NaN))
                .description("A configured node's last reported battery charge").baseUnit("percent")
                .tags("node_id", id).strongReference(true).register(registry);
    }

    private Optional<LinkAirtime> linkNow(String id) {
        return snapshot.links().stream().filter(l -> l.link().equals(id)).findFirst();
    }

    private Optional<TrackedNode> trackedNode(String id) {
        return Optional.ofNullable(snapshot.tracked().get(id));
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The active-node counts by role now (for tests and logs). */
    Map<String, Integer> activeNodesByRole() {
        return snapshot.activeNodesByRole();
    }
}
