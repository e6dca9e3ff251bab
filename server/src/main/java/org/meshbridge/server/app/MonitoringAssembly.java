package org.meshbridge.server.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.metrics.LinkAirtime;
import org.meshbridge.server.metrics.MeshMetrics;
import org.meshbridge.server.metrics.MeshSnapshot;
import org.meshbridge.server.metrics.MetricsEndpoint;
import org.meshbridge.server.metrics.RoomMessages;
import org.meshbridge.server.metrics.ServerMeters;
import org.meshbridge.server.web.Route;

/**
 * The monitoring side of one run: the meter registry behind {@code /metrics}, the mesh's meters
 * fed from scheduler-thread snapshots, and the room message counter on the rooms' events.
 */
final class MonitoringAssembly implements AutoCloseable {

    private final boolean metricsEnabled;
    private final ServerMeters meters = new ServerMeters();
    private final MeshMetrics mesh;
    private final RoomMessages roomMessages;

    MonitoringAssembly(MeshbridgeConfig config, List<String> roomNames) {
        this.metricsEnabled = config.metrics().enabled();
        this.mesh = new MeshMetrics(meters.registry(), config.metrics().nodes());
        this.roomMessages = new RoomMessages(meters.registry(), roomNames);
    }

    /** {@code /metrics}, unless {@code metrics.enabled} is false. */
    Optional<Route> route() {
        return metricsEnabled ? Optional.of(MetricsEndpoint.route(meters.registry())) : Optional.empty();
    }

    /** Counts every post the rooms store from now on; on the scheduler thread, once the rooms started. */
    void roomsStarted(Rooms rooms) {
        rooms.events().addListener(roomMessages);
    }

    /** Hands the meters a fresh snapshot; on the scheduler thread. */
    void refresh(NodeStats node, List<LinkAirtime> links) {
        mesh.update(new MeshSnapshot(node, links, Map.of(), Map.of()));
    }

    /** Adds a gauge of connected internet clients of one kind (web, companion); {@code count} must be thread-safe. */
    void connectedClients(String kind, IntSupplier count) {
        mesh.connectedClients(kind, count);
    }

    @Override
    public void close() {
        meters.close();
    }
}
