package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;

/**
 * Liveness of the nodes in a {@link NodeRegistry} and of the bridge itself, on the node's
 * scheduler: feeds every fresh advert and battery reading to the {@link LivenessRules},
 * evaluates silence every {@link LivenessConfig#checkEvery()}, keeps the registry's snapshots'
 * liveness fields current, and delivers {@link Alert}s to the registry's listeners
 * ({@link NodeRegistryListener#onAlert}). A text the bridge sent that its recipient ACKed counts
 * as hearing that (known) node.
 *
 * <p>Bridge faults: register it as a node listener and each radio link that is not up becomes
 * the fault {@code radio:<linkId>} ({@link BridgeFaults}: alerted after
 * {@link LivenessConfig#bridgeFaultDelay()}); other parts report theirs with
 * {@link #reportFault}/{@link #clearFault}. While no link is up the bridge is deaf: node silence
 * is not evaluated and, when a link is back, every node's silence clock moves on by the deaf time.
 *
 * <p>Threading: {@link #reportFault}, {@link #clearFault}, {@link #faults()} and
 * {@link #isHearing()} may be called from any thread; everything else runs on the scheduler thread.
 */
public final class LivenessMonitor implements NodeListener {

    private final Scheduler scheduler;
    private final NodeRegistry registry;
    private final LivenessRules rules;
    private final BridgeFaults faults;
    /** Scheduler thread only: each link's last known state, true when up. */
    private final Map<String, Boolean> linksUp = new LinkedHashMap<>();
    private volatile List<BridgeFault> publishedFaults = List.of();
    private volatile boolean hearing = true;
    private Cancellable timer = () -> false;

    /** Attaches to {@code registry}; nothing is evaluated until {@link #start()}. */
    public LivenessMonitor(Scheduler scheduler, NodeRegistry registry, LivenessConfig config) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.rules = new LivenessRules(config);
        this.faults = new BridgeFaults(config.bridgeFaultDelay(), config.cooldown());
        registry.addHook(new Hook());
    }

    public LivenessConfig config() {
        return rules.config();
    }

    /** Starts the periodic evaluation. Scheduler thread or before the scheduler runs tasks. */
    public void start() {
        timer.cancel();
        timer = scheduler.scheduleAtFixedRate(config().checkEvery(), config().checkEvery(), this::check);
    }

    /** Stops the periodic evaluation. */
    public void stop() {
        timer.cancel();
    }

    /**
     * A part of the bridge is faulty, e.g. {@code reportFault("mqtt", "broker unreachable: connection refused")}.
     * Any thread. Alerted once it stays faulty for {@link LivenessConfig#bridgeFaultDelay()}.
     *
     * @param component a short stable name: {@code mqtt}, {@code gateway:<name>}, ...
     * @param reason one line an operator can act on
     */
    public void reportFault(String component, String reason) {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reason, "reason");
        scheduler.execute(() -> deliverBridge(faults.report(component, reason, scheduler.now())));
    }

    /** {@code component} works again; any thread. A recovery alert follows if its fault was alerted. */
    public void clearFault(String component) {
        Objects.requireNonNull(component, "component");
        scheduler.execute(() -> deliverBridge(faults.clear(component, "working again", scheduler.now())));
    }

    /** The bridge's open faults; any thread. */
    public List<BridgeFault> faults() {
        return publishedFaults;
    }

    /** False while no radio link is up (node silence is then not evaluated); any thread. */
    public boolean isHearing() {
        return hearing;
    }

    /** A link changed state: its fault opens or clears, and the bridge may become deaf or hear again. */
    @Override
    public void onLinkStateChanged(String linkId, LinkState state) {
        Instant now = scheduler.now();
        String component = "radio:" + linkId;
        if (state instanceof LinkState.Closed) {
            linksUp.remove(linkId);
            deliverBridge(faults.clear(component, "link closed", now));
        } else if (state instanceof LinkState.Up up) {
            linksUp.put(linkId, true);
            deliverBridge(faults.clear(component, "link up (" + up.detail() + ")", now));
        } else {
            linksUp.put(linkId, false);
            String reason = state instanceof LinkState.Down down ? "radio link down: " + down.reason() : "radio link connecting";
            deliverBridge(faults.report(component, reason, now));
        }
        boolean nowHearing = linksUp.isEmpty() || linksUp.containsValue(true);
        if (nowHearing != hearing) {
            hearing = nowHearing;
            if (nowHearing) {
                rules.hearing(now);
                registry.breakIntervalSequences();
                check();
            } else {
                rules.deaf(now);
            }
        }
    }

    /** A text the bridge sent was ACKed: its recipient is alive, heard now. */
    @Override
    public void onDelivery(LocalIdentity sender, Delivery delivery) {
        if (delivery instanceof Delivery.Delivered || delivery instanceof Delivery.DeliveredLate) {
            registry.heardOtherwise(delivery.recipient().publicKey().hex(), scheduler.now());
        }
    }

    /** Evaluates now: silence, held alerts, due bridge faults, and the snapshots' liveness fields. */
    void check() {
        Instant now = scheduler.now();
        List<Alert> nodeAlerts = rules.evaluate(now);
        for (NodeSnapshot node : registry.nodes()) {
            NodeSnapshot decorated = decorate(node, now);
            if (!decorated.equals(node)) {
                registry.applyLiveness(decorated);
            }
        }
        for (Alert alert : nodeAlerts) {
            registry.publishAlert(registry.node(alert.subject()).map(alert::withNode).orElse(alert));
        }
        deliverBridge(faults.evaluate(now));
    }

    private void deliverBridge(List<Alert> alerts) {
        publishedFaults = faults.faults();
        alerts.forEach(registry::publishAlert);
    }

    /** The rules, for the {@link NodeJournal} to save and restore what they remember. */
    LivenessRules rules() {
        return rules;
    }

    /** {@code node} with the rules' liveness view of it at {@code now}. */
    NodeSnapshot decorate(NodeSnapshot node, Instant now) {
        return rules.liveness(node.id(), now).map(l -> node.withLiveness(l.state(), l.since(), l.thresholds().monitored(),
                l.thresholds().expectedInterval(), l.maintenance(), l.batteryLow())).orElse(node);
    }

    private NodeRegistry.Outcome outcome(NodeSnapshot node, List<Alert> alerts) {
        NodeSnapshot decorated = decorate(node, scheduler.now());
        return new NodeRegistry.Outcome(decorated, alerts.stream().map(a -> a.withNode(decorated)).toList());
    }

    private final class Hook implements NodeRegistry.LivenessHook {
        @Override
        public NodeRegistry.Outcome heard(NodeSnapshot node) {
            return outcome(node, rules.heard(new NodeHeard(node.id(), node.name(), node.role(), node.lastHeard(),
                    node.observedInterval())));
        }

        @Override
        public NodeRegistry.Outcome battery(NodeSnapshot node) {
            return outcome(node, node.battery().map(b -> rules.battery(node.id(), b)).orElse(List.of()));
        }

        @Override
        public void removed(String nodeId) {
            rules.forget(nodeId);
        }
    }
}
