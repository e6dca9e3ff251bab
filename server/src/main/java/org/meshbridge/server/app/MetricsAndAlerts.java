package org.meshbridge.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.alert.AlertJson;
import org.meshbridge.server.alert.AlertSink;
import org.meshbridge.server.alert.AlertSinks;
import org.meshbridge.server.alert.LogSink;
import org.meshbridge.server.alert.MeshDmSink;
import org.meshbridge.server.alert.WebhookAlertSink;
import org.meshbridge.server.alert.WebhookSink;
import org.meshbridge.server.config.AlertSettings;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.WebhookSettings;
import org.meshbridge.server.metrics.AlertMeters;
import org.meshbridge.server.metrics.LinkAirtime;
import org.meshbridge.server.metrics.MeshMetrics;
import org.meshbridge.server.metrics.MeshSnapshot;
import org.meshbridge.server.metrics.MetricsEndpoint;
import org.meshbridge.server.metrics.MqttMeters;
import org.meshbridge.server.metrics.NodeCounts;
import org.meshbridge.server.metrics.RoomMessages;
import org.meshbridge.server.metrics.ServerMeters;
import org.meshbridge.server.mqtt.MqttBridge;
import org.meshbridge.server.web.Route;

/**
 * The metrics and alert sinks of one run: the meter registry behind {@code /metrics}, the mesh's meters
 * fed from scheduler-thread snapshots, the room message counter, and the alert sinks of the
 * {@code alerts} section (log, webhooks, mesh DMs) subscribed to the node registry.
 */
final class MetricsAndAlerts implements AutoCloseable {

    private final MeshbridgeConfig config;
    private final ServerMeters meters = new ServerMeters();
    private final MeshMetrics mesh;
    private final RoomMessages roomMessages;
    private final List<WebhookSink> webhooks = new ArrayList<>();
    private Optional<NodeRegistry> registry = Optional.empty();
    private AlertSinks sinks = new AlertSinks(List.of());

    MetricsAndAlerts(MeshbridgeConfig config, List<String> roomNames) {
        this.config = config;
        this.mesh = new MeshMetrics(meters.registry(), config.metrics().nodes());
        this.roomMessages = new RoomMessages(meters.registry(), roomNames);
        for (WebhookSettings webhook : config.alerts().webhooks()) {
            webhooks.add(new WebhookSink(webhook));
        }
    }

    /** {@code /metrics}, unless {@code metrics.enabled} is false. */
    Optional<Route> route() {
        return config.metrics().enabled() ? Optional.of(MetricsEndpoint.route(meters.registry())) : Optional.empty();
    }

    /**
     * Subscribes the alert sinks and the alert counters to {@code nodes}, and reads it for the node
     * meters; on the scheduler thread, before the node starts.
     *
     * @param bridge the identity mesh DMs come from (the bridge's own)
     */
    void attach(NodeRegistry nodes, MeshNode node, LocalIdentity bridge) {
        AlertSettings alerts = config.alerts();
        List<AlertSink> list = new ArrayList<>();
        if (alerts.log()) {
            list.add(new LogSink());
        }
        AlertJson json = new AlertJson(new ObjectMapper());
        webhooks.forEach(w -> list.add(new WebhookAlertSink(w, json)));
        if (!alerts.meshAdmins().isEmpty()) {
            List<Identity> admins = alerts.meshAdmins().stream().map(id -> Identity.of(Bytes.fromHex(id))).toList();
            list.add(new MeshDmSink(node, bridge, admins));
        }
        sinks = new AlertSinks(list);
        nodes.addListener(sinks);
        nodes.addListener(new AlertMeters(meters.registry(), webhooks));
        registry = Optional.of(nodes);
    }

    /** Counts every post the rooms store from now on; on the scheduler thread, once the rooms started. */
    void roomsStarted(Rooms rooms) {
        rooms.events().addListener(roomMessages);
    }

    /** Hands the meters a fresh snapshot; on the scheduler thread. */
    void refresh(NodeStats node, List<LinkAirtime> links, Instant now) {
        NodeCounts counts = registry.map(r -> NodeCounts.of(r.nodes(), mesh.trackedIds(), now)).orElse(NodeCounts.NONE);
        mesh.update(new MeshSnapshot(node, links, counts.activeByRole(), counts.byRoleAndState(), counts.tracked()));
    }

    /** Adds a gauge of connected internet clients of one kind (web, companion); {@code count} must be thread-safe. */
    void connectedClients(String kind, IntSupplier count) {
        mesh.connectedClients(kind, count);
    }

    /** Adds the MQTT bridge's meters (backlog, connected, publish counters). */
    void mqtt(MqttBridge bridge) {
        MqttMeters.bind(meters.registry(), bridge);
    }

    @Override
    public void close() {
        sinks.close();
        webhooks.forEach(WebhookSink::close);
        meters.close();
    }
}
