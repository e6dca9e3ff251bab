package org.meshbridge.server.app;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.mqtt.MqttBridge;
import org.meshbridge.server.mqtt.ObserverFeed;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.HealthReport;

/**
 * The MQTT bridge of one run, when {@code mqtt.enabled}: made with the store's outbox, started
 * after HTTP, given the rooms once they run, and closed before the store; and the community
 * observer feed when {@code mqtt.observer.enabled}.
 */
final class MqttAssembly {

    private final Optional<MqttBridge> bridge;
    private final Optional<ObserverFeed> observer;

    private MqttAssembly(Optional<MqttBridge> bridge, Optional<ObserverFeed> observer) {
        this.bridge = bridge;
        this.observer = observer;
    }

    /**
     * The bridge for {@code settings}, or none when it is off.
     *
     * @param identity the node's identity: the default client id is {@code meshbridge-} and its key's first 12
     *     hex digits; the observer signs its tokens with it
     * @throws StartupException when a TLS file cannot be used
     */
    static MqttAssembly open(MeshbridgeConfig config, LocalIdentity identity, Storage storage,
                             Supplier<HealthReport> health, RandomGenerator random) {
        MqttSettings settings = config.mqtt();
        if (!settings.enabled()) {
            return new MqttAssembly(Optional.empty(), Optional.empty());
        }
        String clientId = settings.clientId().orElse("meshbridge-" + identity.publicKey().hex().substring(0, 12));
        MqttBridge bridge;
        try {
            bridge = MqttBridge.create(settings, clientId, storage.outbox(), health, Clock.systemUTC(), random);
        } catch (IllegalArgumentException e) {
            throw new StartupException("mqtt.tls: " + e.getMessage(), e);
        }
        if (!settings.observer().enabled()) {
            return new MqttAssembly(Optional.of(bridge), Optional.empty());
        }
        RadioParameters radio = config.radio().parameters();
        String radioText = String.format(Locale.ROOT, "%s,%s,%d,%d", number(radio.frequencyHz() / 1e6),
                number(radio.bandwidthHz() / 1e3), radio.spreadingFactor(), radio.codingRate());
        try {
            return new MqttAssembly(Optional.of(bridge), Optional.of(new ObserverFeed(settings.observer(), identity,
                    config.node().name(), radioText, BuildInfo.version(), Clock.systemUTC(), random)));
        } catch (IllegalArgumentException e) {
            bridge.close();
            throw new StartupException("mqtt.observer.tls: " + e.getMessage(), e);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Connects (in the background; failures are retried and shown in /healthz). */
    void start() {
        bridge.ifPresent(MqttBridge::start);
        observer.ifPresent(ObserverFeed::start);
    }

    /** Feeds the observer with the packets {@code node} hears; on the scheduler thread, before the node starts. */
    void attachNode(MeshNode node) {
        observer.ifPresent(node::addListener);
    }

    /** Publishes the rooms' posts from now on; on the scheduler thread once the rooms run. */
    void attach(Rooms rooms) {
        bridge.ifPresent(b -> b.attach(rooms));
    }

    /** Publishes node states and alerts; before the node starts. {@code scheduler} is the registry's. */
    void attachNodes(NodeRegistry nodes, Scheduler scheduler) {
        bridge.ifPresent(b -> b.attachNodes(nodes, scheduler));
    }

    Optional<MqttBridge> bridge() {
        return bridge;
    }

    /** {@code /healthz}'s {@code mqtt}: disabled, or the bridge's state. */
    ComponentHealth health() {
        return bridge.map(MqttBridge::health).orElse(ComponentHealth.DISABLED);
    }

    /** Publishes {@code offline}, disconnects; waits at most a few seconds. */
    void close() {
        observer.ifPresent(ObserverFeed::close);
        bridge.ifPresent(MqttBridge::close);
    }
}
