package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.airtime.TrafficOrigin.INTERNET;
import static org.meshbridge.core.airtime.TrafficOrigin.LOCAL;
import static org.meshbridge.core.airtime.TxPriority.ACK;
import static org.meshbridge.core.airtime.TxPriority.ADVERT;
import static org.meshbridge.core.airtime.TxPriority.DIRECT;
import static org.meshbridge.core.airtime.TxPriority.FLOOD;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;

class AirtimeSchedulerTest {

    /** 10 % of a 10 s window: 1 s, five 40-byte frames of 200 ms. */
    private static final DutyCycleLimit TEN_PERCENT_OF_TEN_SECONDS = DutyCycleLimit.ofPercent(Duration.ofSeconds(10), 10);

    private AirtimeHarness harness = new AirtimeHarness(AirtimeConfig.of(TEN_PERCENT_OF_TEN_SECONDS));

    @AfterEach
    void everyRequestEndedExactlyOnce() {
        harness.clock.advance(Duration.ofMinutes(5));
        assertThat(harness.duplicateOutcomes()).isEmpty();
        assertThat(harness.outcomes).hasSize(harness.submittedCount());
        AirtimeStats stats = harness.airtime.stats();
        assertThat(stats.transmitted() + stats.droppedTotal()).isEqualTo(stats.submitted());
        assertThat(stats.pending()).isZero();
        assertThat(WindowAudit.noOverlap(harness.radio.transmissions())).isTrue();
    }

    @Test
    void sendsMostUrgentFirstAndFirstComeFirstServedWithinAPriority() {
        int onAir = harness.submit(40, FLOOD, LOCAL);
        int advert = harness.submit(40, ADVERT, LOCAL);
        int flood1 = harness.submit(40, FLOOD, LOCAL);
        int direct = harness.submit(20, DIRECT, LOCAL);
        int ack1 = harness.submit(10, ACK, LOCAL);
        int flood2 = harness.submit(12, FLOOD, LOCAL);
        int ack2 = harness.submit(10, ACK, LOCAL);

        harness.clock.advance(Duration.ofSeconds(2));

        assertThat(harness.sentSerials()).containsExactly(onAir, ack1, ack2, direct, flood1, flood2, advert);
    }

    @Test
    void startsTheNextFrameTheMomentTheRadioReportsTheLastDone() {
        harness.submit(40, FLOOD, LOCAL);
        harness.submit(10, ACK, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        List<Instant> starts = harness.radio.transmissions().stream().map(t -> t.startedAt()).toList();
        assertThat(starts).containsExactly(ManualScheduler.DEFAULT_START, ManualScheduler.DEFAULT_START.plusMillis(200));
        TxOutcome.Transmitted ack = (TxOutcome.Transmitted) harness.outcome(1);
        assertThat(ack.queued()).isEqualTo(Duration.ofMillis(200));
        assertThat(ack.timeOnAir()).isEqualTo(Duration.ofMillis(80));
        assertThat(ack.endedAt()).isEqualTo(ManualScheduler.DEFAULT_START.plusMillis(280));
        assertThat(harness.airtime.stats().delayed(DelayReason.LINK_BUSY)).isEqualTo(1);
    }

    @Test
    void waitsForTheWindowAndStartsExactlyWhenItHasRoom() {
        for (int i = 0; i < 6; i++) {
            harness.submit(40, FLOOD, LOCAL);
        }
        harness.clock.advance(Duration.ofSeconds(5));


        assertThat(harness.radio.transmissions()).hasSize(5);
        BudgetState budget = harness.airtime.budget();
        assertThat(budget.used()).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.allowed()).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.remaining()).isZero();
        assertThat(budget.queued()).isEqualTo(1);
        assertThat(budget.transmitting()).isFalse();

        harness.clock.advance(Duration.ofMillis(5500));

        // The sixth frame ends at 10.2 s; the window (0.2 s, 10.2 s] then holds the frames at
        // 0.2..1.0 s (0.8 s) plus its own 0.2 s: exactly the 1 s allowed.
        assertThat(harness.radio.transmissions()).hasSize(6);
        assertThat(harness.radio.transmissions().get(5).startedAt()).isEqualTo(ManualScheduler.DEFAULT_START.plusSeconds(10));
        assertThat(harness.airtime.stats().delayed(DelayReason.DUTY_CYCLE)).isEqualTo(1);
        assertThat(WindowAudit.peak(harness.radio.transmissions(), Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void internetTrafficIsDroppedWhileItsShareIsZeroAsByDefault() {
        int internet = harness.submit(10, ACK, INTERNET);
        int local = harness.submit(10, ACK, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(internet)).isEqualTo(DropReason.INTERNET_DISABLED);
        assertThat(harness.sentSerials()).containsExactly(local);
        assertThat(harness.airtime.stats().dropped(DropReason.INTERNET_DISABLED)).isEqualTo(1);
    }

    @Test
    void dropsAFrameLongerThanTheWholeWindowAllows() {
        harness = new AirtimeHarness(AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofSeconds(10), 2))
                .withInternetShare(0.5));
        // 2 % of 10 s is 200 ms: 40 bytes (200 ms) fit exactly, 41 (204 ms) never do; the internet
        // half is 100 ms: 15 bytes fit exactly, 16 never do.
        int overWhole = harness.submit(41, FLOOD, LOCAL);
        int overShare = harness.submit(16, FLOOD, INTERNET);
        int exactShare = harness.submit(15, FLOOD, INTERNET);
        harness.clock.advance(Duration.ofSeconds(10));
        int exactWhole = harness.submit(40, FLOOD, LOCAL);
        harness.clock.advance(Duration.ofSeconds(10));

        assertThat(harness.dropReason(overWhole)).isEqualTo(DropReason.EXCEEDS_BUDGET);
        assertThat(harness.dropReason(overShare)).isEqualTo(DropReason.EXCEEDS_BUDGET);
        assertThat(harness.sentSerials()).containsExactly(exactShare, exactWhole);
        assertThat(harness.airtime.stats().dropped(DropReason.EXCEEDS_BUDGET)).isEqualTo(2);
    }

    @Test
    void internetFramesWaitForTheirShareWhileLocalFramesGoAhead() {
        harness = new AirtimeHarness(AirtimeConfig.of(TEN_PERCENT_OF_TEN_SECONDS).withInternetShare(0.2));
        int internet1 = harness.submit(40, DIRECT, INTERNET);
        int internet2 = harness.submit(40, DIRECT, INTERNET);
        int local = harness.submit(40, FLOOD, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        // The internet share is 200 ms per 10 s: the second internet frame waits, the flood does not.
        assertThat(harness.sentSerials()).containsExactly(internet1, local);
        harness.clock.advance(Duration.ofMillis(9500));
        assertThat(harness.sentSerials()).containsExactly(internet1, local, internet2);
        assertThat(harness.radio.transmissions().get(2).startedAt()).isEqualTo(ManualScheduler.DEFAULT_START.plusSeconds(10));
        assertThat(harness.airtime.stats().delayed(DelayReason.INTERNET_SHARE)).isEqualTo(1);
        assertThat(harness.airtime.stats().internetAirtime()).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aFullQueueGivesUpTheNewestOfTheLeastUrgentPriority() {
        harness = new AirtimeHarness(AirtimeConfig.of(TEN_PERCENT_OF_TEN_SECONDS).withMaxQueueLength(3));
        int onAir = harness.submit(10, FLOOD, LOCAL);
        int advert1 = harness.submit(10, ADVERT, LOCAL);
        int advert2 = harness.submit(10, ADVERT, LOCAL);
        int advert3 = harness.submit(10, ADVERT, LOCAL);
        int advert4 = harness.submit(10, ADVERT, LOCAL);
        int flood = harness.submit(10, FLOOD, LOCAL);
        int ack = harness.submit(10, ACK, LOCAL);
        int flood2 = harness.submit(10, FLOOD, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(advert4)).isEqualTo(DropReason.QUEUE_FULL);
        assertThat(harness.dropReason(advert3)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.dropReason(advert2)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.dropReason(advert1)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.sentSerials()).containsExactly(onAir, ack, flood, flood2);
        AirtimeStats stats = harness.airtime.stats();
        assertThat(stats.dropped(DropReason.QUEUE_FULL)).isEqualTo(1);
        assertThat(stats.dropped(DropReason.DISPLACED)).isEqualTo(3);
    }

    @Test
    void anAckIsRefusedOnlyByAQueueAlreadyFullOfAcks() {
        harness = new AirtimeHarness(AirtimeConfig.of(TEN_PERCENT_OF_TEN_SECONDS).withMaxQueueLength(2));
        harness.submit(10, FLOOD, LOCAL);
        int flood1 = harness.submit(10, FLOOD, LOCAL);
        int flood2 = harness.submit(10, FLOOD, LOCAL);
        int ack1 = harness.submit(10, ACK, LOCAL);
        int ack2 = harness.submit(10, ACK, LOCAL);
        int ack3 = harness.submit(10, ACK, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(flood2)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.dropReason(flood1)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.dropReason(ack3)).isEqualTo(DropReason.QUEUE_FULL);
        assertThat(harness.sentSerials()).endsWith(ack1, ack2);
    }

    @Test
    void waitingInternetTrafficGivesWayToAnyLocalArrivalButNeverPushesOutLocalTraffic() {
        harness = new AirtimeHarness(AirtimeConfig.of(TEN_PERCENT_OF_TEN_SECONDS).withInternetShare(0.2).withMaxQueueLength(2));
        int internetOnAir = harness.submit(40, DIRECT, INTERNET);
        int internetOlder = harness.submit(40, DIRECT, INTERNET);
        int internetNewer = harness.submit(40, DIRECT, INTERNET);
        int advert = harness.submit(40, ADVERT, LOCAL);
        int localFlood = harness.submit(40, FLOOD, LOCAL);
        int internetAck = harness.submit(10, ACK, INTERNET);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(internetNewer)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.dropReason(internetOlder)).isEqualTo(DropReason.DISPLACED);
        assertThat(harness.dropReason(internetAck)).isEqualTo(DropReason.QUEUE_FULL);
        assertThat(harness.sentSerials()).containsExactly(internetOnAir, localFlood, advert);
    }

    @Test
    void dropsAQueuedFrameWhenItsDeadlinePassesEvenWhileTheRadioIsBusy() {
        Instant start = harness.clock.now();
        harness.submit(40, FLOOD, LOCAL);
        int stale = harness.submitWithDeadline(40, FLOOD, LOCAL, start.plusMillis(100));
        int justInTime = harness.submitWithDeadline(40, FLOOD, LOCAL, start.plusMillis(201));
        harness.clock.advance(Duration.ofMillis(150));

        assertThat(harness.outcome(stale)).isEqualTo(new TxOutcome.Dropped(DropReason.DEADLINE_EXPIRED, start.plusMillis(100)));
        harness.clock.advance(Duration.ofSeconds(1));
        assertThat(harness.outcome(justInTime)).isInstanceOf(TxOutcome.Transmitted.class);
        assertThat(harness.airtime.stats().dropped(DropReason.DEADLINE_EXPIRED)).isEqualTo(1);
    }

    @Test
    void aDeadlineIsExclusiveAndAStaleRequestIsDroppedOnArrival() {
        Instant start = harness.clock.now();
        harness.submit(40, FLOOD, LOCAL);
        int endsAtDeadline = harness.submitWithDeadline(40, FLOOD, LOCAL, start.plusMillis(200));
        int alreadyStale = harness.submitWithDeadline(10, ACK, LOCAL, start);

        assertThat(harness.dropReason(alreadyStale)).isEqualTo(DropReason.DEADLINE_EXPIRED);
        harness.clock.advance(Duration.ofSeconds(1));
        assertThat(harness.outcome(endsAtDeadline)).isEqualTo(new TxOutcome.Dropped(DropReason.DEADLINE_EXPIRED, start.plusMillis(200)));
    }

    @Test
    void aFailedFrameIsDroppedButItsAirtimeCounts() {
        harness.radio.scriptResults(TxResult.FAILED);
        int failed = harness.submit(40, FLOOD, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(failed)).isEqualTo(DropReason.RADIO_FAILED);
        assertThat(harness.airtime.budget().used()).isEqualTo(Duration.ofMillis(200));
        assertThat(harness.airtime.stats().airtime()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aRefusedFrameIsDroppedAndItsAirtimeRefunded() {
        harness.radio.scriptResults(TxResult.NOT_SENT);
        int refused = harness.submit(40, FLOOD, LOCAL);
        int next = harness.submit(40, FLOOD, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(refused)).isEqualTo(DropReason.RADIO_REFUSED);
        assertThat(harness.sentSerials()).containsExactly(next);
        assertThat(harness.radio.transmissions().get(1).startedAt()).isEqualTo(ManualScheduler.DEFAULT_START);
        assertThat(harness.airtime.budget().used()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aSilentRadioIsGivenUpAfterOneAndAHalfAirtimesPlusTheGrace() {
        harness.radio.holdCompletions();
        Instant start = harness.clock.now();
        int silent = harness.submit(40, FLOOD, LOCAL);
        int next = harness.submit(10, ACK, LOCAL);
        harness.clock.advance(Duration.ofMillis(2299));
        assertThat(harness.outcome(silent)).isNull();

        harness.clock.advance(Duration.ofMillis(1));
        assertThat(harness.outcome(silent)).isEqualTo(new TxOutcome.Dropped(DropReason.TX_TIMEOUT, start.plusMillis(2300)));
        assertThat(harness.radio.heldCount()).isEqualTo(2);

        harness.radio.completePending(TxResult.SENT);
        harness.radio.completePending(TxResult.SENT);
        harness.clock.runPending();
        assertThat(harness.outcome(silent)).isInstanceOf(TxOutcome.Dropped.class);
        assertThat(harness.outcome(next)).isInstanceOf(TxOutcome.Transmitted.class);
        assertThat(harness.airtime.stats().transmitted()).isEqualTo(1);
    }

    @Test
    void aLinkThatThrowsRefusesTheFrameWithoutStoppingTheQueue() {
        ManualScheduler clock = new ManualScheduler();
        AirtimeScheduler airtime = new AirtimeScheduler(clock, new ThrowingLink(), AirtimeHarness.LINEAR,
                AirtimeConfig.of(TEN_PERCENT_OF_TEN_SECONDS));
        CompletableFuture<TxOutcome> first = airtime.submit(TxRequest.of(Bytes.zeros(10), ACK, LOCAL)).toCompletableFuture();
        CompletableFuture<TxOutcome> second = airtime.submit(TxRequest.of(Bytes.zeros(10), ACK, LOCAL)).toCompletableFuture();
        clock.advance(Duration.ofSeconds(1));

        assertThat(first.join()).isEqualTo(new TxOutcome.Dropped(DropReason.RADIO_REFUSED, ManualScheduler.DEFAULT_START));
        assertThat(second.join()).isEqualTo(new TxOutcome.Dropped(DropReason.RADIO_REFUSED, ManualScheduler.DEFAULT_START));
        assertThat(airtime.budget().used()).isZero();
    }

    @Test
    void closingDropsWhatIsQueuedAndRefusesWhatComesAfter() {
        harness.submit(40, FLOOD, LOCAL);
        int queued = harness.submit(40, FLOOD, LOCAL);
        harness.airtime.close();
        int late = harness.submit(10, ACK, LOCAL);
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(harness.dropReason(queued)).isEqualTo(DropReason.SHUTDOWN);
        assertThat(harness.dropReason(late)).isEqualTo(DropReason.SHUTDOWN);
        assertThat(harness.airtime.stats().transmitted()).isEqualTo(1);
    }

    @Test
    void aRequestSubmittedFromAnOutcomeCallbackIsScheduledNormally() {
        CompletableFuture<TxOutcome> follower = new CompletableFuture<>();
        harness.airtime.submit(TxRequest.of(Bytes.zeros(10), ACK, INTERNET)).thenRun(() ->
                harness.airtime.submit(TxRequest.of(AirtimeHarness.packet(99, 10), ACK, LOCAL))
                        .whenComplete((outcome, failure) -> follower.complete(outcome)));
        harness.clock.advance(Duration.ofSeconds(1));

        assertThat(follower).isCompletedWithValueMatching(outcome -> outcome instanceof TxOutcome.Transmitted);
    }

    /** A link whose transmit throws, as a buggy adapter might. */
    private static final class ThrowingLink implements RadioLink {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public RadioParameters modulation() {
            return RadioParameters.MESHCORE_DEFAULT;
        }

        @Override
        public LinkState state() {
            return new LinkState.Down("always");
        }

        @Override
        public void start(Listener listener) {
        }

        @Override
        public java.util.concurrent.CompletionStage<TxResult> transmit(Bytes packet) {
            throw new IllegalStateException("device gone");
        }

        @Override
        public void close() {
        }
    }
}
