package org.meshbridge.server.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.LivenessRules;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.alert.AlertSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchdog's core: node states and the bridge's status in, alerts out, with the server's
 * liveness rules on the {@link Scheduler}'s clock. Messages may arrive on any thread (the MQTT
 * client's); they are handed to the scheduler, where the rules run, and the rules are evaluated
 * every {@code check_every}.
 *
 * <p>While the broker is unreachable, or the bridge says it is offline or degraded (its radio is
 * down), the rules are deaf: no node is blamed for a gap in what the watchdog can see, and when
 * it can see again every node's silence clock moves on by the gap.
 */
public final class Watchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    private final Scheduler scheduler;
    private final LivenessRules rules;
    private final AlertSink sink;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private boolean brokerUp;
    private boolean bridgeUp = true;
    private Cancellable checks = () -> false;

    public Watchdog(Scheduler scheduler, LivenessConfig config, AlertSink sink) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.rules = new LivenessRules(config);
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Starts the periodic checks; deaf until {@link #brokerConnected()}. */
    public void start() {
        scheduler.execute(() -> {
            rules.deaf(scheduler.now());
            checks = scheduler.scheduleAtFixedRate(rules.config().checkEvery(), rules.config().checkEvery(),
                    () -> send(rules.evaluate(scheduler.now())));
        });
    }

    /** A message on {@code .../nodes/{nodeId}}; any thread. A bad one is logged and counted, never thrown. */
    public void nodeState(String nodeId, byte[] payload) {
        NodeState state;
        try {
            state = NodeState.parse(nodeId, payload);
        } catch (NodeStateException e) {
            refused.incrementAndGet();
            LOG.warn("ignoring the node state of {}: {}", abbreviate(nodeId), e.getMessage());
            return;
        }
        accepted.incrementAndGet();
        scheduler.execute(() -> {
            send(rules.heard(state.heard()));
            state.battery().ifPresent(b -> send(rules.battery(state.id(), b)));
        });
    }

    /** A message on {@code .../status}: online and ok makes the bridge's view trustworthy, anything else deaf. */
    public void bridgeStatus(byte[] payload) {
        boolean up;
        try {
            JsonNode status = NodeState.json(payload);
            up = status.path("status").asText().equals("online") && !status.path("health").asText().equals("degraded");
        } catch (NodeStateException e) {
            up = false;
        }
        boolean nowUp = up;
        scheduler.execute(() -> {
            if (nowUp != bridgeUp) {
                LOG.info("the bridge reports it is {}", nowUp ? "up: watching its nodes again" : "down or deaf: holding alerts");
            }
            bridgeUp = nowUp;
            hearingChanged();
        });
    }

    /** The MQTT session is up; any thread. */
    public void brokerConnected() {
        scheduler.execute(() -> {
            brokerUp = true;
            hearingChanged();
        });
    }

    /** The MQTT session was lost; any thread. */
    public void brokerDisconnected() {
        scheduler.execute(() -> {
            brokerUp = false;
            hearingChanged();
        });
    }

    private void hearingChanged() {
        if (brokerUp && bridgeUp) {
            rules.hearing(scheduler.now());
            send(rules.evaluate(scheduler.now()));
        } else {
            rules.deaf(scheduler.now());
        }
    }

    private void send(List<Alert> alerts) {
        alerts.forEach(sink::deliver);
    }

    /** Whether the rules hear now: the broker is connected and the bridge (if it says) is up; scheduler thread. */
    public boolean isWatching() {
        return !rules.isDeaf();
    }

    /** Node states accepted and refused so far; any thread. */
    public long accepted() {
        return accepted.get();
    }

    public long refused() {
        return refused.get();
    }

    @Override
    public void close() {
        scheduler.execute(checks::cancel);
    }

    private static String abbreviate(String text) {
        return text.length() <= 16 ? text : text.substring(0, 16) + "...";
    }
}
