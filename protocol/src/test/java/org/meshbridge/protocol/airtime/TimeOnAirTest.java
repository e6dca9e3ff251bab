package org.meshbridge.protocol.airtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbridge.protocol.airtime.LoRaModulation.LowDataRateOptimization;

/**
 * Expected figures are worked by hand from the Semtech formula (AN1200.13, SX1261/2 datasheet
 * 6.1.4), step by step in each comment. They were cross-checked against a separate Python
 * transcription of RadioLib's {@code SX126x::calculateTimeOnAir} (commit 6d89348, float32 symbol
 * time emulated) and of the unrounded formula; both agree wherever the comments say so.
 */
class TimeOnAirTest {

    static LoRaModulation plain(int sf, long bwHz, int cr, int preamble) {
        return new LoRaModulation(sf, bwHz, cr, preamble, true, true, LowDataRateOptimization.AUTO);
    }

    @Test
    void sf7At125kHzWith20BytesTakes56576Microseconds() {
        // T_sym = 128 / 125 kHz = 1.024 ms; LDRO off (1.024 < 16)
        // ceil((160 - 28 + 28 + 16) / 28) = ceil(6.29) = 7; N_payload = 8 + 7*5 = 43
        // (8 + 4.25 + 43) * 1.024 ms = 55.25 * 1.024 = 56.576 ms
        LoRaModulation m = plain(7, 125_000, 5, 8);
        assertThat(TimeOnAir.symbolMicros(m)).isEqualTo(1024);
        assertThat(TimeOnAir.payloadSymbols(m, 20)).isEqualTo(43);
        assertThat(TimeOnAir.micros(m, 20)).isEqualTo(56_576);
        assertThat(TimeOnAir.duration(m, 20)).isEqualTo(Duration.ofNanos(56_576_000));
        assertThat(TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, m, 20)).isEqualTo(56);
    }

    @Test
    void sf12At125kHzTurnsLdroOnAutomatically() {
        // T_sym = 4096 / 125 kHz = 32.768 ms >= 16 ms, so DE = 1
        // ceil((408 - 48 + 28 + 16) / (4 * (12 - 2))) = ceil(404 / 40) = 11; N_payload = 8 + 55 = 63
        // (8 + 4.25 + 63) * 32.768 ms = 75.25 * 32.768 = 2465.792 ms
        LoRaModulation m = plain(12, 125_000, 5, 8);
        assertThat(m.lowDataRateOptimized()).isTrue();
        assertThat(TimeOnAir.micros(m, 51)).isEqualTo(2_465_792);
        // forced off: ceil(404 / 48) = 9; N_payload = 53; 65.25 * 32.768 = 2138.112 ms
        assertThat(TimeOnAir.micros(m.withLowDataRateOptimization(LowDataRateOptimization.OFF), 51)).isEqualTo(2_138_112);
        // 20 bytes: ceil(156 / 40) = 4; N_payload = 28; 40.25 * 32.768 = 1318.912 ms
        assertThat(TimeOnAir.micros(m, 20)).isEqualTo(1_318_912);
    }

    @Test
    void meshCoreDefaultSf8At62point5kHzUsesThe32SymbolPreamble() {
        // platformio.ini: 869.618 MHz, BW 62.5, SF8, CR 4/5; preambleLengthForSF(8) = 32
        // T_sym = 256 / 62.5 kHz = 4.096 ms, LDRO off
        // the 6-byte ACK of spec vector [5]: ceil((48 - 32 + 28 + 16) / 32) = 2; N_payload = 18
        // (32 + 4.25 + 18) * 4.096 = 54.25 * 4.096 = 222.208 ms
        LoRaModulation m = LoRaModulation.meshCore(8, 62_500, 5);
        assertThat(m.preambleSymbols()).isEqualTo(32);
        assertThat(m.explicitHeader()).isTrue();
        assertThat(m.crc()).isTrue();
        assertThat(m.lowDataRateOptimized()).isFalse();
        assertThat(TimeOnAir.micros(m, 6)).isEqualTo(222_208);
        assertThat(TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, m, 6)).isEqualTo(222);
        // 255 bytes: ceil((2040 - 32 + 28 + 16) / 32) = ceil(64.125) = 65; N_payload = 333
        // (32 + 4.25 + 333) * 4.096 = 369.25 * 4.096 = 1512.448 ms
        assertThat(TimeOnAir.micros(m, 255)).isEqualTo(1_512_448);
    }

    @Test
    void meshCoreFallbackSf10At250kHzUsesThe16SymbolPreamble() {
        // in-code fallback: BW 250, SF10, CR 4/5; preambleLengthForSF(10) = 16
        // T_sym = 1024 / 250 kHz = 4.096 ms; ceil((400 - 40 + 28 + 16) / 40) = 11; N_payload = 63
        // (16 + 4.25 + 63) * 4.096 = 83.25 * 4.096 = 340.992 ms
        LoRaModulation m = LoRaModulation.meshCore(10, 250_000, 5);
        assertThat(m.preambleSymbols()).isEqualTo(16);
        assertThat(TimeOnAir.micros(m, 50)).isEqualTo(340_992);
    }

    @Test
    void sf5AndSf6OnSx126xCount6point25SyncSymbolsAndNoPlus8() {
        // SF5/BW500: T_sym = 32 / 500 kHz = 64 us; ceil((80 + 16 - 20 + 0 + 20) / 20) = ceil(4.8) = 5
        // (8 + 6.25 + 8 + 25) * 64 us = 47.25 * 64 = 3024 us (the SX127x-style formula would give 3216)
        assertThat(TimeOnAir.micros(plain(5, 500_000, 5, 8), 10)).isEqualTo(3_024);
        // SF6/BW125: T_sym = 512 us; ceil((80 + 16 - 24 + 20) / 24) = ceil(3.83) = 4; N_payload = 28
        // (8 + 6.25 + 28) * 512 us = 42.25 * 512 = 21632 us
        assertThat(TimeOnAir.micros(plain(6, 125_000, 5, 8), 10)).isEqualTo(21_632);
    }

    @Test
    void sx127xRoundsUpToWholeMilliseconds() {
        // same figures with the plain formula, then ceil to ms (SX127x::calculateTimeOnAir)
        assertThat(TimeOnAir.micros(RadioFamily.SX127X, plain(7, 125_000, 5, 8), 20)).isEqualTo(57_000); // 56.576
        assertThat(TimeOnAir.micros(RadioFamily.SX127X, plain(12, 125_000, 5, 8), 20)).isEqualTo(1_319_000); // 1318.912
        // SF6 with 4.25 sync symbols: ceil((80 - 24 + 28 + 16) / 24) = 5; (8 + 4.25 + 8 + 25) * 0.512 = 23.168 ms
        assertThat(TimeOnAir.micros(RadioFamily.SX127X, plain(6, 125_000, 5, 8), 10)).isEqualTo(24_000);
        assertThat(TimeOnAir.duration(RadioFamily.SX127X, plain(7, 125_000, 5, 8), 20)).isEqualTo(Duration.ofMillis(57));
        assertThatThrownBy(() -> TimeOnAir.micros(RadioFamily.SX127X, plain(5, 125_000, 5, 8), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // implicit header: ceil((160 - 28 + 28 + 16 - 20) / 28) = 6; (12.25 + 38) * 1.024 = 51.456 ms
        "implicit header, 7, 125000, 5, 8, false, true, 20, 51456",
        // CR 4/8: 7 blocks * 8 = 56; (12.25 + 64) * 1.024 = 78.080 ms
        "coding rate 4/8, 7, 125000, 8, 8, true, true, 20, 78080",
        // no CRC: ceil(160 / 28) = 6; (12.25 + 38) * 1.024 = 51.456 ms
        "CRC off, 7, 125000, 5, 8, true, false, 20, 51456",
        // empty implicit payload without CRC: numerator 0 - 48 + 28 < 0, so N_payload = 8; 20.25 * 32.768 = 663.552 ms
        "negative numerator, 12, 125000, 5, 8, false, false, 0, 663552",
        // 41.7 kHz: T_sym = floor(128e6 / 41700) = 3069 us (exactly 3069.54); 55.25 * 3069 = 169562.25 -> 169562 us
        // (the unrounded formula gives 169592 us: RadioLib's whole-microsecond symbol is what the firmware uses)
        "odd bandwidth, 7, 41700, 5, 8, true, true, 20, 169562",
    })
    void coversHeaderCrcAndCodingRateVariants(String name, int sf, long bw, int cr, int preamble,
            boolean explicit, boolean crc, int payload, long expectedMicros) {
        LoRaModulation m = new LoRaModulation(sf, bw, cr, preamble, explicit, crc, LowDataRateOptimization.AUTO);
        assertThat(TimeOnAir.micros(m, payload)).isEqualTo(expectedMicros);
    }

    @ParameterizedTest(name = "SF{0} at {1} Hz: LDRO {2}")
    @CsvSource({
        "10, 125000, false", // 8.192 ms
        "11, 125000, true",  // 16.384 ms
        "10, 62500, true",   // 16.384 ms
        "9, 62500, false",   // 8.192 ms
        "11, 250000, false", // 8.192 ms
        "12, 250000, true",  // 16.384 ms
        "9, 32000, true",    // exactly 16 ms: RadioLib tests >= 16
        "9, 32001, false",   // just under 16 ms
    })
    void decidesLdroAutomaticallyAtSixteenMilliseconds(int sf, long bw, boolean expected) {
        assertThat(LoRaModulation.meshCore(sf, bw, 5).lowDataRateOptimized()).isEqualTo(expected);
    }

    @Test
    void preambleFollowsPreambleLengthForSf() {
        assertThat(LoRaModulation.meshCorePreambleSymbols(5)).isEqualTo(32);
        assertThat(LoRaModulation.meshCorePreambleSymbols(8)).isEqualTo(32);
        assertThat(LoRaModulation.meshCorePreambleSymbols(9)).isEqualTo(16);
        assertThat(LoRaModulation.meshCorePreambleSymbols(12)).isEqualTo(16);
    }

    @Test
    void rejectsSettingsNoLoRaRadioUses() {
        assertThatThrownBy(() -> plain(4, 125_000, 5, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain(13, 125_000, 5, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain(7, 0, 5, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain(7, 125_000, 4, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain(7, 125_000, 9, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain(7, 125_000, 5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain(7, 125_000, 5, 65_536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeOnAir.micros(plain(7, 125_000, 5, 8), 256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeOnAir.micros(plain(7, 125_000, 5, 8), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void growsWithPayloadAndNeverBeatsTheUnroundedFormulaByASymbol(
            @ForAll @IntRange(min = 5, max = 12) int sf, @ForAll @IntRange(min = 5, max = 8) int cr,
            @ForAll @IntRange(min = 0, max = 254) int payload) {
        for (long bw : new long[] {62_500, 125_000, 250_000, 500_000}) {
            LoRaModulation m = LoRaModulation.meshCore(sf, bw, cr);
            assertThat(TimeOnAir.micros(m, payload + 1)).isGreaterThanOrEqualTo(TimeOnAir.micros(m, payload));
            if (sf >= 6) {
                long sx127x = TimeOnAir.micros(RadioFamily.SX127X, m, payload);
                // SX127x rounds the same symbols up to whole ms; at SF6 it counts 2 fewer sync symbols
                assertThat(sx127x + 2 * TimeOnAir.symbolMicros(m)).isGreaterThanOrEqualTo(TimeOnAir.micros(m, payload));
            }
        }
    }
}
