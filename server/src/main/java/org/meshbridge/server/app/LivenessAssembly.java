package org.meshbridge.server.app;

import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.nodes.LivenessMonitor;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.config.MonitoringSettings;

/**
 * The node registry and liveness monitor of one run ({@code monitoring} section): both listen to
 * the node from its first event (registered on the builder, so the radio's first states reach the
 * monitor), the periodic liveness check starts with the core and stops before the node closes.
 * Alert sinks subscribe with {@code registry().addListener(...)} (the alert sinks and metrics of the
 * {@code alerts}/{@code metrics} sections are wired by their own assembly).
 */
final class LivenessAssembly {

    private final NodeRegistry registry;
    private final LivenessMonitor monitor;

    LivenessAssembly(MonitoringSettings settings, Scheduler scheduler) {
        this.registry = new NodeRegistry(settings.maxNodes());
        this.monitor = new LivenessMonitor(scheduler, registry, settings.liveness());
    }

    /** Subscribes the registry and the monitor to the node being built. */
    MeshNode.Builder listenTo(MeshNode.Builder builder) {
        return builder.listener(registry).listener(monitor);
    }

    /** Starts the periodic liveness check; on the scheduler thread. */
    void start() {
        monitor.start();
    }

    /** Stops the periodic liveness check; on the scheduler thread, before the node closes. */
    void stop() {
        monitor.stop();
    }

    NodeRegistry registry() {
        return registry;
    }

    LivenessMonitor monitor() {
        return monitor;
    }
}
