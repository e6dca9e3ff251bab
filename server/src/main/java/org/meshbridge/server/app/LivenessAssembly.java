package org.meshbridge.server.app;

import org.meshbridge.core.node.MeshNode;
import java.util.Optional;
import org.meshbridge.core.nodes.LivenessMonitor;
import org.meshbridge.core.nodes.NodeJournal;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.NodeStore;
import org.meshbridge.core.nodes.PacketHearing;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.config.MonitoringSettings;

/**
 * The node registry and liveness monitor of one run ({@code monitoring} section): both listen to
 * the node from its first event (registered on the builder, so the radio's first states reach the
 * monitor), the periodic liveness check starts with the core and stops before the node closes.
 * Alert sinks subscribe with {@code registry().addListener(...)} (the alert sinks and metrics of the
 * {@code alerts}/{@code metrics} sections are wired by their own assembly). With a store
 * ({@link #restoreFrom}) the registry and what the monitor remembers survive a restart
 * ({@link NodeJournal}).
 */
final class LivenessAssembly {

    private final NodeRegistry registry;
    private final LivenessMonitor monitor;
    private final Scheduler scheduler;
    private Optional<NodeJournal> journal = Optional.empty();

    LivenessAssembly(MonitoringSettings settings, Scheduler scheduler) {
        this.scheduler = scheduler;
        this.registry = new NodeRegistry(settings.maxNodes());
        this.monitor = new LivenessMonitor(scheduler, registry, settings.liveness());
    }

    /**
     * Loads the nodes kept in {@code store} and keeps them there from now on; on the scheduler
     * thread, before the radio starts and before listeners that publish every node attach.
     *
     * @return how many nodes were restored
     */
    int restoreFrom(NodeStore store) {
        NodeJournal opened = new NodeJournal(scheduler, registry, monitor, store);
        journal = Optional.of(opened);
        return opened.restore();
    }

    /**
     * Subscribes the registry, the monitor and the registry's packet feed ({@link PacketHearing}:
     * relayed floods and opened datagrams refresh known nodes) to the node being built.
     *
     * @param self the node's own identity, the one it forwards with
     */
    MeshNode.Builder listenTo(MeshNode.Builder builder, LocalIdentity self) {
        return builder.listener(registry).listener(monitor).listener(new PacketHearing(registry, self.identity()));
    }

    /** Starts the periodic liveness check and the journal's saves; on the scheduler thread. */
    void start() {
        monitor.start();
        journal.ifPresent(NodeJournal::start);
    }

    /**
     * Stops the periodic liveness check and saves the nodes' last state; on the scheduler thread,
     * before the node and the store close.
     */
    void stop() {
        monitor.stop();
        journal.ifPresent(NodeJournal::stop);
    }

    NodeRegistry registry() {
        return registry;
    }

    LivenessMonitor monitor() {
        return monitor;
    }
}
