package org.meshbridge.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.meshbridge.server.mqtt.MqttBridge;
import org.meshbridge.server.mqtt.MqttStats;

/**
 * The MQTT bridge's meters, read from {@link MqttBridge#stats()} (thread-safe) at each scrape:
 * {@code meshbridge_mqtt_backlog}, {@code meshbridge_mqtt_connected} and the publish counters.
 */
public final class MqttMeters {

    private MqttMeters() {
    }

    /** Registers the meters of {@code bridge}. */
    public static void bind(MeterRegistry registry, MqttBridge bridge) {
        Gauge.builder("meshbridge.mqtt.backlog", bridge, b -> b.stats().backlog())
                .description("Messages produced for the broker and not yet acknowledged (the outbox)")
                .strongReference(true).register(registry);
        Gauge.builder("meshbridge.mqtt.connected", bridge, b -> b.stats().connected() ? 1 : 0)
                .description("1 while connected to the broker").strongReference(true).register(registry);
        counter(registry, bridge, "meshbridge.mqtt.published", "Messages the broker acknowledged", MqttStats::published);
        counter(registry, bridge, "meshbridge.mqtt.overflow", "Messages dropped because the outbox was full",
                MqttStats::overflow);
        counter(registry, bridge, "meshbridge.mqtt.rejected", "Messages the broker refused", MqttStats::rejected);
        counter(registry, bridge, "meshbridge.mqtt.disconnects", "Connections to the broker lost", MqttStats::disconnects);
    }

    private static void counter(MeterRegistry registry, MqttBridge bridge, String name, String description,
                                ToDoubleFunction<MqttStats> value) {
        FunctionCounter.builder(name, bridge, b -> value.applyAsDouble(b.stats())).description(description)
                .register(registry);
    }
}
