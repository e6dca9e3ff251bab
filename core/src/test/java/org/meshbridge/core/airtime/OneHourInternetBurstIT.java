package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.airtime.TrafficOrigin.INTERNET;
import static org.meshbridge.core.airtime.TrafficOrigin.LOCAL;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.RecordingRadioLink.Transmission;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.ManualScheduler;

/**
 * Issue 3 acceptance scenario: "a one-hour simulated burst of internet-originated traffic never
 * exceeds the duty cycle or the internet share (drops counted)".
 *
 * <p>EU 868 MHz sub-band rules (10 % over one hour: 360 s), half of it open to internet traffic
 * (180 s). For one hour web users post ten 40-byte floods a second (200 ms each, 2 s of airtime
 * asked for every second), some with a 30 s deadline; meanwhile the node sends its own ACKs,
 * direct replies and adverts.
 */
class OneHourInternetBurstIT {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = ManualScheduler.DEFAULT_START;

    @Test
    void oneHourInternetBurstNeverExceedsTheDutyCycleOrTheInternetShareAndEveryDropIsCounted() {
        AirtimeHarness harness = new AirtimeHarness(
                AirtimeConfig.of(DutyCycleLimit.ofPercent(HOUR, 10)).withInternetShare(0.5));
        Map<Integer, TrafficOrigin> origins = new HashMap<>();
        int[] tick = {0};
        Cancellable burst = harness.clock.scheduleAtFixedRate(Duration.ZERO, Duration.ofMillis(100), () -> {
            int serial = tick[0]++ % 3 == 0
                    ? harness.submitWithDeadline(40, TxPriority.FLOOD, INTERNET, harness.clock.now().plusSeconds(30))
                    : harness.submit(40, TxPriority.FLOOD, INTERNET);
            origins.put(serial, INTERNET);
        });
        Cancellable acks = harness.clock.scheduleAtFixedRate(Duration.ofMillis(50), Duration.ofSeconds(20),
                () -> origins.put(harness.submit(10, TxPriority.ACK, LOCAL), LOCAL));
        Cancellable replies = harness.clock.scheduleAtFixedRate(Duration.ofMillis(70), Duration.ofSeconds(30),
                () -> origins.put(harness.submit(30, TxPriority.DIRECT, LOCAL), LOCAL));
        Cancellable adverts = harness.clock.scheduleAtFixedRate(Duration.ofMillis(90), Duration.ofMinutes(10),
                () -> origins.put(harness.submit(100, TxPriority.ADVERT, LOCAL), LOCAL));
        harness.clock.advance(HOUR);
        burst.cancel();
        acks.cancel();
        replies.cancel();
        adverts.cancel();
        harness.clock.advance(HOUR);

        List<Transmission> sent = harness.radio.transmissions();
        Predicate<Transmission> internet = t -> origins.get(AirtimeHarness.serialOf(t.packet())) == INTERNET;

        // The duty cycle and the internet share hold in every window, checked at every start.
        assertThat(WindowAudit.windowAtEachStart(sent, HOUR, t -> true))
                .allSatisfy(used -> assertThat(used).isLessThanOrEqualTo(Duration.ofSeconds(360)));
        assertThat(WindowAudit.windowAtEachStart(sent, HOUR, internet))
                .allSatisfy(used -> assertThat(used).isLessThanOrEqualTo(Duration.ofSeconds(180)));
        assertThat(WindowAudit.peak(sent, HOUR, internet)).isEqualTo(Duration.ofSeconds(180));
        assertThat(WindowAudit.noOverlap(sent)).isTrue();
        // 180 s of internet airtime is 900 frames, all in the first hour's opening minutes.
        assertThat(sent.stream().filter(internet).filter(t -> t.startedAt().isBefore(T0.plus(HOUR))).count())
                .isEqualTo(900);

        // The node's own traffic all went out: 180 ACKs, 120 replies, 6 adverts.
        long localAsked = origins.values().stream().filter(o -> o == LOCAL).count();
        assertThat(localAsked).isEqualTo(306);
        assertThat(sent.stream().filter(internet.negate()).count()).isEqualTo(306);

        // Every internet request ended once, sent or dropped with a reason, and the counters agree.
        AirtimeStats stats = harness.airtime.stats();
        long internetAsked = origins.values().stream().filter(o -> o == INTERNET).count();
        long internetSent = sent.stream().filter(internet).count();
        assertThat(internetAsked).isEqualTo(36_001);
        assertThat(stats.pending()).isZero();
        assertThat(harness.duplicateOutcomes()).isEmpty();
        assertThat(harness.outcomes).hasSize((int) (internetAsked + localAsked));
        assertThat(stats.submitted()).isEqualTo(internetAsked + localAsked);
        assertThat(stats.transmitted()).isEqualTo(internetSent + localAsked);
        assertThat(stats.droppedTotal()).isEqualTo(internetAsked - internetSent);
        assertThat(stats.dropped(DropReason.QUEUE_FULL)).isPositive();
        assertThat(stats.dropped(DropReason.DEADLINE_EXPIRED)).isPositive();
        assertThat(stats.dropped(DropReason.QUEUE_FULL) + stats.dropped(DropReason.DEADLINE_EXPIRED)
                + stats.dropped(DropReason.DISPLACED)).isEqualTo(stats.droppedTotal());
        assertThat(stats.delayed(DelayReason.INTERNET_SHARE)).isPositive();
        assertThat(stats.internetAirtime()).isEqualTo(Duration.ofMillis(200).multipliedBy(internetSent));
    }
}
