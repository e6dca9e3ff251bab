package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.radio.sim.RoomPost;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.time.ManualScheduler;

class DemoRoomIT {

    @Test
    void inTheDemoTwoVirtualCompanionsJoinTheRoomAndTheirPostsAreStoredAndPushed() {
        ManualScheduler scheduler = new ManualScheduler();
        DemoMesh demo = DemoMesh.create(scheduler, 5);
        AirtimeEstimator estimator = AirtimeEstimator.lora(demo.radioLink().modulation());
        MeshNode node = MeshNode.builder(scheduler, SimIdentities.derive("bridge", 5))
                .link(demo.radioLink(), new AirtimeScheduler(scheduler, demo.radioLink(), estimator,
                        AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 10))), estimator)
                .random(new SplittableRandom(5)).build();
        InMemoryPostStore posts = new InMemoryPostStore(Clock.fixed(ManualScheduler.DEFAULT_START, ZoneOffset.UTC));
        RoomEvents events = new RoomEvents();
        node.start();
        demo.start();
        DemoRoom room = DemoRoom.start(demo, new RoomHost(node, scheduler, posts, new InMemoryAclStore(),
                new SplittableRandom(6), events), 5);

        scheduler.advance(Duration.ofMinutes(30));

        assertThat(room.room().members()).hasSize(2);
        assertThat(posts.count(DemoRoom.NAME)).isGreaterThanOrEqualTo(4);
        assertThat(room.members()).allSatisfy(c -> assertThat(c.roomPosts()).extracting(RoomPost::room).contains(DemoRoom.NAME));
        room.close();
        demo.stop();
    }
}
