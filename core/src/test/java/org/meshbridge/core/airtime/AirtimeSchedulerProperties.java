package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.meshbridge.core.radio.RecordingRadioLink.Transmission;
import org.meshbridge.core.radio.TxResult;

/**
 * Random request sequences (jqwik reports the seed and shrinks on failure) against random budgets,
 * queue bounds and radio verdicts: the rolling window and the internet share hold at every start,
 * and every request ends exactly once, sent or dropped with a reason.
 */
class AirtimeSchedulerProperties {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    /** One request: when (after the previous), how big, how urgent, from where, and its deadline if any. */
    record Spec(int gapMillis, int bytes, TxPriority priority, TrafficOrigin origin, int deadlineMillis) {
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void windowsHoldAndEveryRequestEndsExactlyOnce(@ForAll("configs") AirtimeConfig config,
            @ForAll("requests") List<Spec> requests, @ForAll("verdicts") List<TxResult> verdicts) {
        AirtimeHarness harness = new AirtimeHarness(config);
        harness.radio.scriptResults(verdicts.toArray(TxResult[]::new));
        Map<Integer, TrafficOrigin> origins = new HashMap<>();
        long at = 0;
        for (Spec spec : requests) {
            at += spec.gapMillis();
            harness.clock.schedule(Duration.ofMillis(at), () -> origins.put(submit(harness, spec), spec.origin()));
        }
        harness.clock.advance(Duration.ofMillis(at).plusMinutes(10));

        List<Transmission> sent = harness.radio.transmissions();
        Predicate<Transmission> internet = t -> origins.get(AirtimeHarness.serialOf(t.packet())) == TrafficOrigin.INTERNET;
        assertThat(WindowAudit.peak(sent, WINDOW)).isLessThanOrEqualTo(config.dutyCycle().maxAirtime());
        assertThat(WindowAudit.peak(sent, WINDOW, internet)).isLessThanOrEqualTo(config.internetMaxAirtime());
        assertThat(WindowAudit.noOverlap(sent)).isTrue();

        assertThat(harness.duplicateOutcomes()).isEmpty();
        assertThat(harness.outcomes).hasSize(requests.size());
        AirtimeStats stats = harness.airtime.stats();
        assertThat(stats.submitted()).isEqualTo(requests.size());
        assertThat(stats.pending()).isZero();
        assertThat(stats.transmitted() + stats.droppedTotal()).isEqualTo(requests.size());
        long sentOk = sent.stream().filter(t -> t.result() == TxResult.SENT).count();
        assertThat(stats.transmitted()).isEqualTo(sentOk);
        assertThat(harness.outcomes.values().stream().filter(o -> o instanceof TxOutcome.Transmitted).count()).isEqualTo(sentOk);
        assertThat(stats.dropped(DropReason.RADIO_FAILED)).isEqualTo(sent.stream().filter(t -> t.result() == TxResult.FAILED).count());
        assertThat(stats.dropped(DropReason.RADIO_REFUSED)).isEqualTo(sent.stream().filter(t -> t.result() == TxResult.NOT_SENT).count());
    }

    private static int submit(AirtimeHarness harness, Spec spec) {
        return spec.deadlineMillis() < 0
                ? harness.submit(spec.bytes(), spec.priority(), spec.origin())
                : harness.submitWithDeadline(spec.bytes(), spec.priority(), spec.origin(),
                        harness.clock.now().plusMillis(spec.deadlineMillis()));
    }

    @Provide
    Arbitrary<AirtimeConfig> configs() {
        Arbitrary<Integer> percent = Arbitraries.of(5, 10, 50, 100);
        Arbitrary<Double> share = Arbitraries.of(0.0, 0.25, 0.5, 1.0);
        Arbitrary<Integer> queue = Arbitraries.integers().between(1, 8);
        return Combinators.combine(percent, share, queue).as((p, s, q) ->
                AirtimeConfig.of(DutyCycleLimit.ofPercent(WINDOW, p)).withInternetShare(s).withMaxQueueLength(q));
    }

    @Provide
    Arbitrary<List<Spec>> requests() {
        Arbitrary<Integer> gap = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(7, Arbitraries.integers().between(1, 800)));
        Arbitrary<Integer> bytes = Arbitraries.integers().between(4, 60);
        Arbitrary<TxPriority> priority = Arbitraries.of(TxPriority.class);
        Arbitrary<TrafficOrigin> origin = Arbitraries.of(TrafficOrigin.class);
        Arbitrary<Integer> deadline = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1)),
                Tuple.of(1, Arbitraries.integers().between(0, 3000)));
        return Combinators.combine(gap, bytes, priority, origin, deadline).as(Spec::new).list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<TxResult>> verdicts() {
        return Arbitraries.frequency(
                Tuple.of(8, TxResult.SENT),
                Tuple.of(1, TxResult.FAILED),
                Tuple.of(1, TxResult.NOT_SENT)).list().ofMaxSize(150);
    }
}
