package org.meshbridge.server.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.battery.BatteryPollConfig;
import org.meshbridge.core.battery.BatteryPoller;
import org.meshbridge.core.battery.BatteryReports;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.nodes.NodeMatch;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.config.MonitoringSettings;

/**
 * Battery readings of one run: {@link BatteryReports} always (virtual companions' status and
 * telemetry answers feed it: {@code companions.addReplyListener(battery.reports())}), and the
 * {@link BatteryPoller} when {@code monitoring.battery.poll} is set — or in the demo, which polls
 * its repeaters every 10 minutes. The poller has its own identity, kept in
 * {@value #KEY_FILE} in the data directory (so repeaters see the same ACL client across restarts).
 */
final class BatteryAssembly {

    /** The poller's key file, created owner-only on first use. */
    static final String KEY_FILE = "battery-poller.key";
    /** What the demo polls. */
    static final BatteryPollConfig DEMO_POLL = new BatteryPollConfig(Duration.ofMinutes(10),
            List.of(NodeMatch.byName(DemoMesh.BATTERY_NODE), NodeMatch.byName(DemoMesh.OUTAGE_NODE)), Optional.empty());

    private final BatteryReports reports;
    private final Optional<BatteryPollConfig> poll;
    private final Optional<LocalIdentity> pollerIdentity;
    private final NodeRegistry registry;
    private final Scheduler scheduler;
    private volatile Optional<BatteryPoller> poller = Optional.empty();

    BatteryAssembly(MonitoringSettings settings, boolean demo, NodeRegistry registry, Scheduler scheduler, Path dataDir,
                    SecureRandom keyRandom) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.reports = new BatteryReports(registry, scheduler);
        this.poll = settings.batteryPoll().or(() -> demo ? Optional.of(DEMO_POLL) : Optional.empty());
        this.pollerIdentity = poll.map(p -> IdentityStore.loadOrCreateFile(dataDir.resolve(KEY_FILE), keyRandom).identity());
    }

    /** Starts the poller, if configured; on the scheduler thread, after the node started. */
    void start(MeshNode node, RandomGenerator random) {
        poller = poll.map(p -> new BatteryPoller(node, scheduler, registry, pollerIdentity.orElseThrow(), p, reports, random));
        poller.ifPresent(BatteryPoller::start);
    }

    /** Stops the poller; on the scheduler thread, before the node closes. */
    void stop() {
        poller.ifPresent(BatteryPoller::stop);
    }

    BatteryReports reports() {
        return reports;
    }

    /** Present while a poll is configured and the core runs. */
    Optional<BatteryPoller> poller() {
        return poller;
    }
}
