package org.meshbridge.server.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.FakeEndpoint;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.radio.sim.DirectMessage;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.room.InMemoryAclStore;
import org.meshbridge.core.room.InMemoryPostStore;
import org.meshbridge.core.room.RoomMesh;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;

/**
 * Alerts as direct messages over the simulated mesh: the bridge's node sends each alert to the
 * admin companion two radio hops away, through its airtime budget, and the admin's firmware-like
 * companion receives and decrypts it.
 */
class MeshDmSinkIT {

    private static final String SILENT_NODE = "a1b2c3d4".repeat(8);

    @Test
    void adminCompanionReceivesEachAlertAsADirectMessageFromTheBridge() {
        RoomMesh mesh = new RoomMesh(11, new InMemoryPostStore(Clock.fixed(ManualScheduler.DEFAULT_START, ZoneOffset.UTC)),
                new InMemoryAclStore(), "admin", "bystander");
        SimCompanion admin = mesh.companion("admin");
        FakeEndpoint bridge = new FakeEndpoint(mesh.node.identity(), ReplyStyle.COMPANION)
                .advertising(AdvertAppData.of(NodeType.CHAT, "Town Bridge", Optional.empty()))
                .knowing(admin.identity().identity());
        mesh.scheduler.execute(() -> {
            mesh.node.register(bridge);
            mesh.node.advertNow(mesh.node.identity(), true);
        });
        mesh.run(Duration.ofSeconds(30));
        assertThat(admin.contact("Town Bridge")).as("the admin has the bridge as a contact").isPresent();
        MeshDmSink sink = new MeshDmSink(mesh.node, mesh.node.identity(), List.of(admin.identity().identity()));
        Instant before = mesh.scheduler.now();

        mesh.scheduler.execute(() -> {
            sink.deliver(new Alert(AlertKind.NODE_SILENT, SILENT_NODE, before, "not heard for 2h 10m (expected every 40m)",
                    Optional.empty()));
            sink.deliver(new Alert(AlertKind.NODE_RECOVERED, SILENT_NODE, before, "heard again after 3h", Optional.empty()));
        });
        mesh.run(Duration.ofMinutes(2));

        assertThat(admin.directMessages()).extracting(DirectMessage::from, DirectMessage::text).containsExactly(
                tuple("Town Bridge", "meshbridge: SILENT a1b2c3d4: not heard for 2h 10m (expected every 40m)"),
                tuple("Town Bridge", "meshbridge: RECOVERED a1b2c3d4: heard again after 3h"));
        assertThat(mesh.companion("bystander").directMessages()).isEmpty();
        assertThat(mesh.bridgeSent(PayloadType.TXT_MSG, before)).as("sent on air by the bridge, through its budget")
                .isGreaterThanOrEqualTo(2);
    }
}
