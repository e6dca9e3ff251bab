package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class AirtimeLedgerTest {

    /** A 100-unit window; the numbers are nanoseconds but read as anything. */
    private final AirtimeLedger ledger = new AirtimeLedger(100);

    @Test
    void anEmptyLedgerLetsAFrameStartAtOnce() {
        assertThat(ledger.earliestStart(0, 10, 10)).isZero();
        assertThat(ledger.lastEnd()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void waitsUntilEnoughOldAirtimeHasLeftTheWindow() {
        ledger.charge(0, 10);
        ledger.charge(20, 30);
        // Limit 25, new frame 10: the window ending at t + 10 may hold 15 of the old 20 units, so
        // 5 units of [0, 10) must have left it: t + 10 - 100 = 5, t = 95.
        assertThat(ledger.earliestStart(30, 10, 25)).isEqualTo(95);
        // Limit 20: all of [0, 10) must go: t = 100.
        assertThat(ledger.earliestStart(30, 10, 20)).isEqualTo(100);
        // Limit 15: and half of [20, 30): t = 115.
        assertThat(ledger.earliestStart(30, 10, 15)).isEqualTo(115);
        assertThat(ledger.earliestStart(30, 10, 30)).isEqualTo(30);
    }

    @Test
    void countsOnlyThePartOfAChargeInsideTheWindow() {
        ledger.charge(0, 10);
        ledger.charge(50, 60);
        assertThat(ledger.usedAfter(-100)).isEqualTo(20);
        assertThat(ledger.usedAfter(5)).isEqualTo(15);
        assertThat(ledger.usedAfter(55)).isEqualTo(5);
        assertThat(ledger.usedAfter(60)).isZero();
    }

    @Test
    void forgetsChargesNoFutureWindowCanHold() {
        ledger.charge(0, 10);
        ledger.charge(50, 60);
        ledger.prune(110);
        assertThat(ledger.usedAfter(Long.MIN_VALUE / 2)).isEqualTo(10);
        ledger.prune(160);
        assertThat(ledger.usedAfter(Long.MIN_VALUE / 2)).isZero();
    }

    @Test
    void refundsOnlyTheLatestMatchingCharge() {
        ledger.charge(0, 10);
        ledger.charge(20, 30);
        ledger.refund(0, 10);
        assertThat(ledger.usedAfter(-100)).isEqualTo(20);
        ledger.refund(20, 30);
        assertThat(ledger.usedAfter(-100)).isEqualTo(10);
        assertThat(ledger.lastEnd()).isEqualTo(10);
    }

    @Test
    void refusesOverlappingChargesAndStartsBeforeTheLastEnd() {
        ledger.charge(0, 10);
        assertThatIllegalStateException().isThrownBy(() -> ledger.charge(5, 15));
        assertThatIllegalStateException().isThrownBy(() -> ledger.charge(10, 10));
        assertThatIllegalStateException().isThrownBy(() -> ledger.earliestStart(9, 1, 50));
        assertThatIllegalStateException().isThrownBy(() -> ledger.earliestStart(10, 51, 50));
    }

    @Test
    void theRunningTotalAgreesWithAScanOfTheIntervalsThroughChargesRefundsAndPrunes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261125);
        java.util.List<long[]> kept = new java.util.ArrayList<>();
        long now = 0;
        for (int step = 0; step < 5_000; step++) {
            long start = Math.max(now, ledger.lastEnd()) + random.nextLong(0, 30);
            long end = start + random.nextLong(1, 20);
            ledger.charge(start, end);
            kept.add(new long[] {start, end});
            if (random.nextInt(5) == 0) {
                ledger.refund(start, end);
                kept.remove(kept.size() - 1);
            }
            now = end;
            if (random.nextInt(3) == 0) {
                ledger.prune(now);
                long horizon = now - 100;
                kept.removeIf(interval -> interval[1] <= horizon);
            }
            long windowStart = now - random.nextLong(0, 150);
            long scanned = kept.stream().mapToLong(i -> Math.max(0, i[1] - Math.max(i[0], windowStart))).sum();
            assertThat(ledger.usedAfter(windowStart)).as("step %d", step).isEqualTo(scanned);
        }
    }
}
