package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;

class SimulatedRadioLinkTest {

    private static final Bytes FRAME = Bytes.fromHex("0900" + "42".repeat(20));

    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimulatedAir air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, new SplittableRandom(7));
    private final SimulatedRadioLink bridge = new SimulatedRadioLink("sim0", air);
    private final SimulatedRadioLink other = new SimulatedRadioLink("sim1", air);
    private final Recorder bridgeEvents = new Recorder();
    private final Recorder otherEvents = new Recorder();

    @AfterEach
    void nothingLeftOnTheAir() {
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(air.isTransmitting("sim0") || air.isTransmitting("sim1")).isFalse();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void isUpOnceStartedAndReportsTheAirsRadioParameters() {
        assertThat(bridge.state()).isInstanceOf(LinkState.Connecting.class);
        bridge.start(bridgeEvents);
        assertThat(bridge.state().isUp()).isTrue();
        assertThat(bridgeEvents.states).containsExactly(new LinkState.Up("simulated air, node sim0"));
        assertThat(bridge.id()).isEqualTo("sim0");
        assertThat(bridge.modulation()).isEqualTo(RadioParameters.MESHCORE_DEFAULT);
    }

    @Test
    void aTransmissionCompletesSentAfterItsTimeOnAirAndArrivesWithSignalReport() {
        bridge.start(bridgeEvents);
        other.start(otherEvents);
        air.setLink("sim0", "sim1", LinkQuality.perfect(-14, -112));
        Duration toa = air.timeOnAir(FRAME.size());

        CompletableFuture<TxResult> result = bridge.transmit(FRAME).toCompletableFuture();
        scheduler.advance(toa.minusMillis(1));
        assertThat(result).isNotDone();
        scheduler.advance(Duration.ofMillis(1));

        assertThat(result).isCompletedWithValue(TxResult.SENT);
        ReceivedFrame frame = otherEvents.frames.get(0);
        assertThat(frame).isEqualTo(ReceivedFrame.withSignal("sim1", FRAME, -14, -112, ManualScheduler.DEFAULT_START.plus(toa)));
        assertThat(frame.signal().orElseThrow().snrDb()).isEqualTo(-3.5);
    }

    @Test
    void aSecondFrameWhileOneIsInFlightIsNotSent() {
        bridge.start(bridgeEvents);
        CompletableFuture<TxResult> first = bridge.transmit(FRAME).toCompletableFuture();
        CompletableFuture<TxResult> second = bridge.transmit(FRAME).toCompletableFuture();

        assertThat(second).isCompletedWithValue(TxResult.NOT_SENT);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(first).isCompletedWithValue(TxResult.SENT);
        assertThat(air.counters().sent()).isEqualTo(1);
    }

    @Test
    void nothingIsSentBeforeStartOrAfterCloseAndClosingEndsThePendingFrame() {
        assertThat(bridge.transmit(FRAME).toCompletableFuture()).isCompletedWithValue(TxResult.NOT_SENT);
        bridge.start(bridgeEvents);
        CompletableFuture<TxResult> pending = bridge.transmit(FRAME).toCompletableFuture();

        bridge.close();
        bridge.close();

        assertThat(pending).isCompletedWithValue(TxResult.NOT_SENT);
        assertThat(bridgeEvents.states).containsExactly(new LinkState.Up("simulated air, node sim0"), new LinkState.Closed());
        assertThat(bridge.transmit(FRAME).toCompletableFuture()).isCompletedWithValue(TxResult.NOT_SENT);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(air.counters().sent()).isZero();
    }

    @Test
    void aClosedLinkHearsNothing() {
        bridge.start(bridgeEvents);
        other.start(otherEvents);
        air.setLink("sim1", "sim0", LinkQuality.good());
        bridge.close();

        other.transmit(FRAME);
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(bridgeEvents.frames).isEmpty();
        assertThat(air.counters().delivered()).isEqualTo(1);
    }

    private static final class Recorder implements RadioLink.Listener {
        final List<ReceivedFrame> frames = new ArrayList<>();
        final List<LinkState> states = new ArrayList<>();

        @Override
        public void onReceive(ReceivedFrame frame) {
            frames.add(frame);
        }

        @Override
        public void onStateChange(LinkState state) {
            states.add(state);
        }
    }
}
