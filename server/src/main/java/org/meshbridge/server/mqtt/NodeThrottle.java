package org.meshbridge.server.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.NodeUpdate;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;

/**
 * Decides when a node's state goes to {@code {p}/nodes/{id}} ({@code mqtt.node_update_interval}).
 * A new node, an advert, a battery reading or a liveness change goes out at once. A refresh by
 * packets alone ({@link NodeUpdate#PACKET}) goes out at once only if the node's last message is at
 * least {@code interval} old; otherwise it waits until then, and only the latest of the refreshes
 * that came meanwhile is sent: a repeater relaying many packets a minute costs one retained
 * message per interval, and the retained state is never older than the interval.
 *
 * <p>Runs on the registry's scheduler thread (where its listeners are called): no locks. Keeps one
 * entry per node it published, forgotten when the registry drops the node.
 */
final class NodeThrottle {

    private final Duration interval;
    private final Scheduler scheduler;
    private final Consumer<NodeSnapshot> publish;
    private final Map<String, Instant> lastSent = new HashMap<>();
    private final Map<String, Held> held = new HashMap<>();
    private volatile boolean closed;

    /** A refresh waiting for its node's interval to pass. */
    private static final class Held {
        NodeSnapshot node;
        final Cancellable timer;

        Held(NodeSnapshot node, Cancellable timer) {
            this.node = node;
            this.timer = timer;
        }
    }

    NodeThrottle(Duration interval, Scheduler scheduler, Consumer<NodeSnapshot> publish) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.publish = Objects.requireNonNull(publish, "publish");
    }

    /** A node changed; publishes it now or holds it. Scheduler thread. */
    void update(NodeSnapshot node, NodeUpdate why) {
        Instant now = scheduler.now();
        Instant last = lastSent.get(node.id());
        if (why != NodeUpdate.PACKET || last == null || !now.isBefore(last.plus(interval))) {
            Held waiting = held.remove(node.id());
            if (waiting != null) {
                waiting.timer.cancel();
            }
            send(node, now);
            return;
        }
        Held waiting = held.get(node.id());
        if (waiting != null) {
            waiting.node = node;
        } else {
            String id = node.id();
            held.put(id, new Held(node, scheduler.schedule(Duration.between(now, last.plus(interval)), () -> flush(id))));
        }
    }

    /** The registry forgot the node: a held refresh is dropped. Scheduler thread. */
    void removed(String nodeId) {
        Held waiting = held.remove(nodeId);
        if (waiting != null) {
            waiting.timer.cancel();
        }
        lastSent.remove(nodeId);
    }

    /** The bridge closed: a held refresh whose timer still fires is dropped. Any thread. */
    void close() {
        closed = true;
    }

    private void flush(String nodeId) {
        Held waiting = held.remove(nodeId);
        if (waiting != null && !closed) {
            send(waiting.node, scheduler.now());
        }
    }

    private void send(NodeSnapshot node, Instant at) {
        lastSent.put(node.id(), at);
        publish.accept(node);
    }
}
