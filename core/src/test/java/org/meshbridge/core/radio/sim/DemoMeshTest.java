package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;

class DemoMeshTest {

    static final long SEED = 1234;

    /** Runs the demo for {@code duration} on a virtual clock and returns what the bridge's link heard. */
    static List<ReceivedFrame> heardByTheBridge(long seed, Duration duration) {
        ManualScheduler scheduler = new ManualScheduler();
        DemoMesh demo = DemoMesh.create(scheduler, seed);
        List<ReceivedFrame> heard = new ArrayList<>();
        demo.radioLink().start(new RadioLink.Listener() {
            @Override
            public void onReceive(ReceivedFrame frame) {
                heard.add(frame);
            }

            @Override
            public void onStateChange(LinkState state) {
            }
        });
        demo.start();
        scheduler.advance(duration);
        demo.stop();
        return heard;
    }

    @Test
    void theBridgeHearsAdvertsAndPublicChatterWithinTenMinutes() throws MalformedFrameException {
        List<ReceivedFrame> heard = heardByTheBridge(SEED, Duration.ofMinutes(10));

        List<PayloadType> types = new ArrayList<>();
        for (ReceivedFrame frame : heard) {
            types.add(Packet.decode(frame.packet()).payloadType().orElseThrow());
        }
        assertThat(types).contains(PayloadType.ADVERT, PayloadType.GRP_TXT).doesNotContainNull();
        assertThat(heard).allSatisfy(f -> {
            assertThat(f.linkId()).isEqualTo(DemoMesh.LINK_ID);
            assertThat(f.signal().orElseThrow().rssiDbm()).isBetween(-118, -70);
        });
    }

    @Test
    void theCompanionsLearnEachOtherAndHearEachOthersChat() {
        ManualScheduler scheduler = new ManualScheduler();
        DemoMesh demo = DemoMesh.create(scheduler, SEED);
        demo.start();
        scheduler.advance(Duration.ofMinutes(15));

        SimCompanion carol = demo.companions().get(2);
        assertThat(carol.contacts()).extracting(SimContact::name).contains("alice", "r2");
        assertThat(carol.channelMessages()).extracting(ChannelMessage::sender)
                .anySatisfy(s -> assertThat(s).contains("alice"));
        assertThat(demo.repeaters()).allSatisfy(r -> assertThat(r.counters().forwarded()).isPositive());
    }

    @Test
    void theSameSeedGivesTheSameTraffic() {
        assertThat(heardByTheBridge(SEED, Duration.ofMinutes(5)))
                .isEqualTo(heardByTheBridge(SEED, Duration.ofMinutes(5)))
                .isNotEqualTo(heardByTheBridge(SEED + 1, Duration.ofMinutes(5)));
    }
}
