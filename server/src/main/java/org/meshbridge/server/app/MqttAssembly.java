package org.meshbridge.server.app;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.mqtt.MqttBridge;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.HealthReport;

/**
 * The MQTT bridge of one run, when {@code mqtt.enabled}: made with the store's outbox, started
 * after HTTP, given the rooms once they run, and closed before the store.
 */
final class MqttAssembly {

    private final Optional<MqttBridge> bridge;

    private MqttAssembly(Optional<MqttBridge> bridge) {
        this.bridge = bridge;
    }

    /**
     * The bridge for {@code settings}, or none when it is off.
     *
     * @param nodeKeyHex the node's public key: the default client id is {@code meshbridge-} and its first 12 digits
     * @throws StartupException when a TLS file cannot be used
     */
    static MqttAssembly open(MqttSettings settings, String nodeKeyHex, Storage storage, Supplier<HealthReport> health,
                             RandomGenerator random) {
        if (!settings.enabled()) {
            return new MqttAssembly(Optional.empty());
        }
        String clientId = settings.clientId().orElse("meshbridge-" + nodeKeyHex.substring(0, 12));
        try {
            return new MqttAssembly(Optional.of(MqttBridge.create(settings, clientId, storage.outbox(), health,
                    Clock.systemUTC(), random)));
        } catch (IllegalArgumentException e) {
            throw new StartupException("mqtt.tls: " + e.getMessage(), e);
        }
    }

    /** Connects (in the background; failures are retried and shown in /healthz). */
    void start() {
        bridge.ifPresent(MqttBridge::start);
    }

    /** Publishes the rooms' posts from now on; on the scheduler thread once the rooms run. */
    void attach(Rooms rooms) {
        bridge.ifPresent(b -> b.attach(rooms));
    }

    /** Publishes node states and alerts; before the node starts. */
    void attachNodes(NodeRegistry nodes) {
        bridge.ifPresent(b -> b.attachNodes(nodes));
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
        bridge.ifPresent(MqttBridge::close);
    }
}
