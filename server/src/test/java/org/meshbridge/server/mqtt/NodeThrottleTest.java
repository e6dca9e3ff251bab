package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.NodeUpdate;
import org.meshbridge.core.time.ManualScheduler;

/** When {@link NodeThrottle} lets a node state through, on virtual time. */
class NodeThrottleTest {

    final ManualScheduler scheduler = new ManualScheduler();
    final List<String> sent = new ArrayList<>();

    NodeSnapshot node(String id, long packets) {
        return new NodeSnapshot(id.repeat(32), id, NodeRole.REPEATER, scheduler.now(), scheduler.now(), Optional.empty(), 1,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, "sim0",
                LivenessState.ONLINE, scheduler.now(), true, false, false, packets, Optional.empty());
    }

    NodeThrottle throttle(Duration interval) {
        return new NodeThrottle(interval, scheduler, n -> sent.add(
                Duration.between(ManualScheduler.DEFAULT_START, scheduler.now()).toSeconds() + "s " + n.name() + " "
                        + n.packetsHeard()));
    }

    @Test
    void eachNodeHasItsOwnIntervalAndOnlyTheLatestHeldStateGoesOut() {
        NodeThrottle throttle = throttle(Duration.ofSeconds(60));
        throttle.update(node("a1", 0), NodeUpdate.NEW);
        throttle.update(node("b2", 0), NodeUpdate.NEW);
        for (int s = 1; s <= 90; s++) {
            scheduler.advance(Duration.ofSeconds(1));
            throttle.update(node("a1", s), NodeUpdate.PACKET);
        }
        scheduler.advance(Duration.ofSeconds(10));
        throttle.update(node("b2", 1), NodeUpdate.PACKET);
        scheduler.advance(Duration.ofMinutes(5));

        // the timer due at 60 s runs before the refresh made at 60 s, which then waits for 120 s
        assertThat(sent).containsExactly("0s a1 0", "0s b2 0", "60s a1 59", "100s b2 1", "120s a1 90");
    }

    @Test
    void aRefreshHeldWhenTheBridgeClosesIsDropped() {
        NodeThrottle throttle = throttle(Duration.ofSeconds(60));
        throttle.update(node("a1", 0), NodeUpdate.NEW);
        scheduler.advance(Duration.ofSeconds(5));
        throttle.update(node("a1", 1), NodeUpdate.PACKET);
        throttle.close();
        scheduler.advance(Duration.ofMinutes(2));

        assertThat(sent).containsExactly("0s a1 0");
    }

    @Test
    void anythingButAPacketGoesOutAtOnceAndReplacesAHeldState() {
        NodeThrottle throttle = throttle(Duration.ofSeconds(60));
        throttle.update(node("a1", 0), NodeUpdate.HEARD);
        scheduler.advance(Duration.ofSeconds(5));
        throttle.update(node("a1", 1), NodeUpdate.PACKET);
        scheduler.advance(Duration.ofSeconds(5));
        throttle.update(node("a1", 1), NodeUpdate.BATTERY);
        scheduler.advance(Duration.ofSeconds(5));
        throttle.update(node("a1", 2), NodeUpdate.LIVENESS);
        scheduler.advance(Duration.ofMinutes(5));

        assertThat(sent).containsExactly("0s a1 0", "10s a1 1", "15s a1 2");
    }

    @Test
    void aForgottenNodesHeldStateIsDroppedAndZeroPublishesEveryRefresh() {
        NodeThrottle throttle = throttle(Duration.ofSeconds(60));
        throttle.update(node("a1", 0), NodeUpdate.NEW);
        scheduler.advance(Duration.ofSeconds(1));
        throttle.update(node("a1", 1), NodeUpdate.PACKET);
        throttle.removed("a1".repeat(32));
        scheduler.advance(Duration.ofMinutes(5));
        assertThat(sent).containsExactly("0s a1 0");
        assertThat(scheduler.pendingCount()).isZero();

        sent.clear();
        NodeThrottle eager = throttle(Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            eager.update(node("b2", i), NodeUpdate.PACKET);
        }
        assertThat(sent).hasSize(3);
    }
}
