package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.airtime.TrafficOrigin.INTERNET;
import static org.meshbridge.core.airtime.TrafficOrigin.LOCAL;
import static org.meshbridge.core.airtime.TxPriority.ACK;
import static org.meshbridge.core.airtime.TxPriority.DIRECT;
import static org.meshbridge.core.airtime.TxPriority.FLOOD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.RecordingRadioLink.Transmission;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.ManualScheduler;

/** Hours of saturating load on the virtual clock, audited window by window. */
class AirtimeSaturationTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final DutyCycleLimit EU_TEN_PERCENT = DutyCycleLimit.ofPercent(HOUR, 10);
    private static final Instant T0 = ManualScheduler.DEFAULT_START;

    @Test
    void anHourOfSaturatingFloodsNeverExceedsTheDutyCycle() {
        AirtimeHarness harness = new AirtimeHarness(AirtimeConfig.of(EU_TEN_PERCENT));
        Cancellable load = harness.clock.scheduleAtFixedRate(Duration.ZERO, Duration.ofMillis(100),
                () -> harness.submit(40, FLOOD, LOCAL));
        harness.clock.advance(HOUR.plusMinutes(30));
        load.cancel();

        List<Transmission> sent = harness.radio.transmissions();
        // 360 s allowed per hour at 200 ms a frame: 1800 frames back to back from t = 0, then
        // nothing until the first frame leaves the window at exactly one hour.
        assertThat(sent.stream().filter(t -> t.startedAt().isBefore(T0.plus(HOUR))).count()).isEqualTo(1800);
        assertThat(sent.get(1799).startedAt()).isEqualTo(T0.plusMillis(359_800));
        assertThat(sent.get(1800).startedAt()).isEqualTo(T0.plus(HOUR));
        List<Duration> windows = WindowAudit.windowAtEachStart(sent, HOUR, t -> true);
        assertThat(windows.size()).isEqualTo(sent.size());
        assertThat(windows).allSatisfy(used -> assertThat(used).isLessThanOrEqualTo(Duration.ofSeconds(360)));
        assertThat(WindowAudit.peak(sent, HOUR)).isEqualTo(Duration.ofSeconds(360));
        assertThat(WindowAudit.noOverlap(sent)).isTrue();

        AirtimeStats stats = harness.airtime.stats();
        // One flood every 100 ms from 0 to 5400 s inclusive; what the air could not take was refused.
        assertThat(stats.submitted()).isEqualTo(54_001);
        assertThat(stats.transmitted()).isEqualTo(sent.size());
        assertThat(stats.dropped(DropReason.QUEUE_FULL) + stats.transmitted() + stats.pending()).isEqualTo(54_001);
        assertThat(stats.delayed(DelayReason.DUTY_CYCLE)).isPositive();
        assertThat(harness.airtime.budget().used()).isLessThanOrEqualTo(Duration.ofSeconds(360));
    }

    @Test
    void theInternetShareHoldsWhileLocalTrafficStillGetsThrough() {
        AirtimeHarness harness = new AirtimeHarness(AirtimeConfig.of(EU_TEN_PERCENT).withInternetShare(0.25));
        Map<Integer, TrafficOrigin> origins = new HashMap<>();
        Cancellable internet = harness.clock.scheduleAtFixedRate(Duration.ZERO, Duration.ofMillis(100),
                () -> origins.put(harness.submit(40, FLOOD, INTERNET), INTERNET));
        Cancellable local = harness.clock.scheduleAtFixedRate(Duration.ofMillis(50), Duration.ofSeconds(10),
                () -> origins.put(harness.submit(40, DIRECT, LOCAL), LOCAL));
        harness.clock.advance(HOUR);
        internet.cancel();
        local.cancel();
        harness.clock.advance(Duration.ofMinutes(1));

        List<Transmission> sent = harness.radio.transmissions();
        var isInternet = isOrigin(origins, INTERNET);
        // The internet allowance is a quarter of 360 s: 90 s, 450 frames of 200 ms in the first hour.
        assertThat(sent.stream().filter(isInternet).filter(t -> t.startedAt().isBefore(T0.plus(HOUR))).count()).isEqualTo(450);
        assertThat(WindowAudit.peak(sent, HOUR, isInternet)).isEqualTo(Duration.ofSeconds(90));
        assertThat(WindowAudit.peak(sent, HOUR)).isLessThanOrEqualTo(Duration.ofSeconds(360));
        // Every local frame (one each 10 s) was sent, within one frame's airtime of being asked.
        long localSubmitted = origins.values().stream().filter(o -> o == LOCAL).count();
        assertThat(localSubmitted).isEqualTo(360);
        assertThat(harness.outcomes.entrySet().stream().filter(e -> origins.get(e.getKey()) == LOCAL))
                .allSatisfy(e -> assertThat(e.getValue()).isInstanceOfSatisfying(TxOutcome.Transmitted.class,
                        sentFrame -> assertThat(sentFrame.queued()).isLessThanOrEqualTo(Duration.ofMillis(200))));
        assertThat(harness.airtime.stats().delayed(DelayReason.INTERNET_SHARE)).isPositive();
    }

    @Test
    void floodsCannotStarveAnAck() {
        AirtimeHarness harness = new AirtimeHarness(AirtimeConfig.of(new DutyCycleLimit(HOUR, HOUR)));
        List<Integer> acks = new ArrayList<>();
        Map<Integer, Instant> askedAt = new HashMap<>();
        Cancellable floods = harness.clock.scheduleAtFixedRate(Duration.ZERO, Duration.ofMillis(20),
                () -> harness.submit(40, FLOOD, LOCAL));
        Cancellable ackLoad = harness.clock.scheduleAtFixedRate(Duration.ofMillis(30), Duration.ofMillis(7_010), () -> {
            int ack = harness.submit(10, ACK, LOCAL);
            acks.add(ack);
            askedAt.put(ack, harness.clock.now());
        });
        harness.clock.advance(HOUR);
        floods.cancel();
        ackLoad.cancel();
        harness.clock.advance(Duration.ofSeconds(20));

        // Ten times more floods than the air can carry, yet every ACK goes out next, after at most
        // the one flood already on air (200 ms).
        assertThat(harness.airtime.stats().dropped(DropReason.QUEUE_FULL)).isGreaterThan(100_000);
        assertThat(acks).hasSize(514).allSatisfy(ack -> assertThat(harness.outcome(ack))
                .isInstanceOfSatisfying(TxOutcome.Transmitted.class,
                        sent -> assertThat(sent.queued()).isLessThan(Duration.ofMillis(200))));
        Set<Integer> ackSet = new HashSet<>(acks);
        List<Transmission> sent = harness.radio.transmissions();
        for (Transmission t : sent) {
            int serial = AirtimeHarness.serialOf(t.packet());
            if (ackSet.contains(serial)) {
                assertThat(sent.stream().filter(other -> other.startedAt().isAfter(askedAt.get(serial))
                        && other.startedAt().isBefore(t.startedAt()))).isEmpty();
            }
        }
    }

    private static java.util.function.Predicate<Transmission> isOrigin(Map<Integer, TrafficOrigin> origins, TrafficOrigin origin) {
        return t -> origins.get(AirtimeHarness.serialOf(t.packet())) == origin;
    }
}
