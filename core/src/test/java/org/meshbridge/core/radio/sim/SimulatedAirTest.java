package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;

class SimulatedAirTest {

    private static final long SEED = 20_250_101L;
    private static final Bytes FRAME = Bytes.fromHex("1500" + "11".repeat(30));

    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimulatedAir air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, new SplittableRandom(SEED),
            SimulatedAir.NO_CAPTURE);
    private final List<String> heard = new ArrayList<>();

    private void node(String name) {
        air.addNode(name, (frame, snr, rssi) -> heard.add(name + " " + frame.size() + "B snr=" + snr + " rssi=" + rssi
                + " at " + Duration.between(ManualScheduler.DEFAULT_START, scheduler.now()).toMillis() + "ms"));
    }

    @Test
    void aFrameArrivesAtTheEndOfItsTimeOnAirWithTheLinksSignalReport() {
        node("a");
        node("b");
        air.setLink("a", "b", LinkQuality.perfect(-22, -101));
        long toaMillis = TimeOnAir.duration(RadioParameters.MESHCORE_DEFAULT.modulation(), FRAME.size()).toMillis();
        List<Instant> ended = new ArrayList<>();

        air.transmit("a", FRAME, () -> ended.add(scheduler.now()));
        scheduler.advance(Duration.ofMillis(toaMillis - 1));
        assertThat(heard).isEmpty();
        assertThat(air.isTransmitting("a")).isTrue();
        assertThat(air.isReceiving("b")).isTrue();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(heard).containsExactly("b 32B snr=-22 rssi=-101 at " + toaMillis + "ms");
        assertThat(ended).hasSize(1);
        assertThat(air.isTransmitting("a")).isFalse();
        assertThat(air.isReceiving("b")).isFalse();
        assertThat(air.counters()).isEqualTo(new AirCounters(1, 1, 0, 0, 0));
    }

    @Test
    void linksAreDirectedAndANodeWithoutALinkHearsNothing() {
        node("a");
        node("b");
        node("c");
        air.setLink("b", "a", LinkQuality.good());

        air.transmit("a", FRAME, () -> { });
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(heard).isEmpty();
        assertThat(air.counters()).isEqualTo(new AirCounters(1, 0, 0, 0, 0));
    }

    @Test
    void twoSendersAtOnceCollideAtTheReceiverAndDeafenEachOther() {
        node("x");
        node("y");
        node("z");
        air.setLinks("x", "y", LinkQuality.good());
        air.setLink("x", "z", LinkQuality.perfect(40, -70));
        air.setLink("y", "z", LinkQuality.perfect(40, -75));

        air.transmit("x", FRAME, () -> { });
        scheduler.advance(Duration.ofMillis(20));
        air.transmit("y", FRAME, () -> { });
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(heard).isEmpty();
        AirCounters counters = air.counters();
        assertThat(counters.lost(LossReason.COLLISION)).isEqualTo(2);
        assertThat(counters.lost(LossReason.HALF_DUPLEX)).isEqualTo(2);
        assertThat(counters).isEqualTo(new AirCounters(2, 0, 0, 2, 2));
    }

    @Test
    void aReceiverThatStartsTransmittingLosesTheFrameItWasHearing() {
        node("a");
        node("b");
        air.setLinks("a", "b", LinkQuality.good());

        air.transmit("a", FRAME, () -> { });
        scheduler.advance(Duration.ofMillis(100));
        air.transmit("b", Bytes.fromHex("1500aa"), () -> { });
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(heard).isEmpty();
        assertThat(air.counters()).isEqualTo(new AirCounters(2, 0, 0, 0, 2));
    }

    @Test
    void framesThatDoNotOverlapBothArrive() {
        node("x");
        node("y");
        node("z");
        air.setLink("x", "z", LinkQuality.good());
        air.setLink("y", "z", LinkQuality.good());

        air.transmit("x", FRAME, () -> air.transmit("y", FRAME, () -> { }));
        scheduler.advance(Duration.ofSeconds(3));

        assertThat(heard).hasSize(2);
        assertThat(air.counters()).isEqualTo(new AirCounters(2, 2, 0, 0, 0));
    }

    @Test
    void theFirstFrameSurvivesAnOverlapWhenItIsAtLeastTheCaptureMarginStronger() {
        SimulatedAir capturing = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, new SplittableRandom(SEED));
        List<Integer> rssi = new ArrayList<>();
        capturing.addNode("x", (f, s, r) -> { });
        capturing.addNode("y", (f, s, r) -> { });
        capturing.addNode("z", (f, s, r) -> rssi.add(r));
        capturing.setLink("x", "z", LinkQuality.perfect(40, -70));
        capturing.setLink("y", "z", LinkQuality.perfect(0, -76));

        capturing.transmit("x", FRAME, () -> { });
        scheduler.advance(Duration.ofMillis(10));
        capturing.transmit("y", FRAME, () -> { });
        scheduler.advance(Duration.ofSeconds(2));
        capturing.transmit("y", FRAME, () -> { });
        scheduler.advance(Duration.ofMillis(10));
        capturing.transmit("x", FRAME, () -> { });
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(rssi).as("6 dB stronger and first: captured; stronger but second: both lost").containsExactly(-70);
        assertThat(capturing.counters()).isEqualTo(new AirCounters(4, 1, 0, 3, 0));
    }

    @Test
    void lossFollowsTheLinkProbabilityWithExactCountsForAFixedSeed() {
        node("s");
        node("r");
        node("q");
        air.setLink("s", "r", new LinkQuality(0.3, 20, -100));
        air.setLink("s", "q", new LinkQuality(0.05, 20, -100));
        int frames = 2000;
        sendSequentially(frames);
        scheduler.advance(Duration.ofHours(2));

        long toR = heard.stream().filter(h -> h.startsWith("r ")).count();
        long toQ = heard.stream().filter(h -> h.startsWith("q ")).count();
        assertThat(toR).as("seed %s", SEED).isEqualTo(1395).isBetween(1340L, 1460L);
        assertThat(toQ).as("seed %s", SEED).isEqualTo(1902).isBetween(1880L, 1920L);
        AirCounters counters = air.counters();
        assertThat(counters.sent()).isEqualTo(frames);
        assertThat(counters.delivered()).isEqualTo(toR + toQ);
        assertThat(counters.lostToLoss()).isEqualTo(2L * frames - toR - toQ);
        assertThat(counters.lostToCollision() + counters.lostToHalfDuplex()).isZero();
    }

    @Test
    void aSecondFrameFromABusyTransmitterIsRefused() {
        node("a");
        air.transmit("a", FRAME, () -> { });
        assertThatThrownBy(() -> air.transmit("a", FRAME, () -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> air.transmit("a", Bytes.EMPTY, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> air.transmit("nobody", FRAME, () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    private void sendSequentially(int remaining) {
        if (remaining > 0) {
            air.transmit("s", FRAME, () -> sendSequentially(remaining - 1));
        }
    }
}
