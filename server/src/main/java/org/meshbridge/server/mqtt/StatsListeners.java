package org.meshbridge.server.mqtt;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears about the publisher's figures: state listeners after every change of the
 * connection's state, stats listeners after any change at all. Added from any thread, called on
 * the publisher's thread; a listener that throws is logged and the others still run.
 */
final class StatsListeners {

    private static final Logger LOG = LoggerFactory.getLogger(StatsListeners.class);

    private final Supplier<MqttStats> stats;
    private final List<Consumer<MqttStats>> onState = new CopyOnWriteArrayList<>();
    private final List<Consumer<MqttStats>> onAny = new CopyOnWriteArrayList<>();

    StatsListeners(Supplier<MqttStats> stats) {
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    void addStateListener(Consumer<MqttStats> listener) {
        onState.add(Objects.requireNonNull(listener, "listener"));
    }

    void addStatsListener(Consumer<MqttStats> listener) {
        onAny.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeStatsListener(Consumer<MqttStats> listener) {
        onAny.remove(listener);
    }

    /** The state changed: both kinds hear it. */
    void stateChanged() {
        notify(onState);
        changed();
    }

    /** Something changed (backlog, counters); nearly free without stats listeners. */
    void changed() {
        if (!onAny.isEmpty()) {
            notify(onAny);
        }
    }

    private void notify(List<Consumer<MqttStats>> listeners) {
        MqttStats now = stats.get();
        for (Consumer<MqttStats> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("MQTT stats listener failed", e);
            }
        }
    }
}
