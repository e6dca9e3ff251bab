package org.meshbridge.server.alert;

import java.util.List;
import java.util.Objects;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each alert ({@link AlertText#meshMessage}) as a direct text message from the bridge's
 * identity to every listed admin node, through {@link MeshNode#sendText}: routed along the learned
 * path or flooded, ACK-tracked and retried, and, like everything on air, paid from the airtime
 * budget as local traffic. Bridge faults of the radio itself are still sent: they go out when
 * (and if) the radio comes back. Call on the scheduler thread.
 */
public final class MeshDmSink implements AlertSink {

    private static final Logger LOG = LoggerFactory.getLogger(MeshDmSink.class);

    private final MeshNode node;
    private final LocalIdentity from;
    private final List<Identity> admins;

    /**
     * @param from the identity the messages come from (the bridge's own, which admins have as a contact)
     * @param admins the admin nodes' public keys
     */
    public MeshDmSink(MeshNode node, LocalIdentity from, List<Identity> admins) {
        this.node = Objects.requireNonNull(node, "node");
        this.from = Objects.requireNonNull(from, "from");
        this.admins = List.copyOf(admins);
    }

    @Override
    public void deliver(Alert alert) {
        String text = AlertText.meshMessage(alert);
        for (Identity admin : admins) {
            node.sendText(from, admin, text, TrafficOrigin.LOCAL).whenComplete((delivery, error) -> {
                if (error != null || !(delivery instanceof Delivery.Delivered)) {
                    LOG.info("alert DM to {} not acknowledged: {}", admin.publicKey().hex().substring(0, 8),
                            error != null ? error.toString() : delivery);
                }
            });
        }
    }
}
