package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.FakeEndpoint;
import org.meshbridge.core.node.ForwardingConfig;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.node.RecordingNodeListener;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;

/**
 * A {@link SimMeshHarness} plus the bridge: a {@link MeshNode} on a {@link SimulatedRadioLink}
 * named {@value #BRIDGE} (EU 10 % duty cycle over an hour, half of it for internet traffic, Semtech airtime), hosting the bridge's
 * own identity (advertising as "Town Bridge") and an internet user, Dana, who knows the given
 * companions. Everything is seeded from the mesh's seed.
 */
final class BridgeHarness {

    static final String BRIDGE = "bridge";

    final SimMeshHarness mesh;
    final LocalIdentity bridgeId;
    final FakeEndpoint bridge;
    final FakeEndpoint dana;
    final RecordingNodeListener events = new RecordingNodeListener();
    final MeshNode node;
    final SimulatedRadioLink link;

    BridgeHarness(long seed, boolean forwarding) {
        this.mesh = new SimMeshHarness(seed);
        this.link = new SimulatedRadioLink(BRIDGE, mesh.air);
        AirtimeScheduler airtime = new AirtimeScheduler(mesh.scheduler, link, AirtimeEstimator.lora(link.modulation()),
                AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 10)).withInternetShare(0.5));
        this.bridgeId = SimIdentities.derive(BRIDGE, seed);
        NodeConfig config = NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE)
                .withForwarding(forwarding ? ForwardingConfig.REPEATER : ForwardingConfig.OFF);
        this.node = MeshNode.builder(mesh.scheduler, bridgeId).config(config).random(new SplittableRandom(seed ^ 0x5EED))
                .listener(events).link(link, airtime).build();
        this.bridge = new FakeEndpoint(bridgeId, ReplyStyle.COMPANION)
                .advertising(AdvertAppData.of(NodeType.CHAT, "Town Bridge", Optional.empty()));
        this.dana = new FakeEndpoint(SimIdentities.derive("dana", seed), ReplyStyle.COMPANION)
                .advertising(AdvertAppData.of(NodeType.CHAT, "dana", Optional.empty()));
        node.register(bridge);
        node.register(dana);
        node.start();
    }

    /** Dana adverts by flood and the companion floods its advert: each learns the other. */
    void introduceDana(SimCompanion companion) {
        dana.knowing(companion.identity().identity());
        node.advertNow(dana.identity(), true);
        mesh.run(Duration.ofSeconds(20));
        companion.advertNow(true);
        mesh.run(Duration.ofSeconds(20));
    }

    /** The frames the bridge's node put on the air. */
    List<SimMeshHarness.Sent> sentByBridge() {
        return mesh.sent.stream().filter(s -> s.sender().equals(BRIDGE)).toList();
    }
}
