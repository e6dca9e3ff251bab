package org.meshbridge.protocol.airtime;

import static org.meshbridge.protocol.airtime.AirtimeConstants.LDRO_MIN_SYMBOL_MILLIS;
import static org.meshbridge.protocol.airtime.AirtimeConstants.MESHCORE_LONG_PREAMBLE_MAX_SF;
import static org.meshbridge.protocol.airtime.AirtimeConstants.MESHCORE_LONG_PREAMBLE_SYMBOLS;
import static org.meshbridge.protocol.airtime.AirtimeConstants.MESHCORE_SHORT_PREAMBLE_SYMBOLS;

import java.util.Objects;

/**
 * The LoRa settings that decide time on air.
 *
 * @param spreadingFactor 5..12
 * @param bandwidthHz channel bandwidth in Hz, e.g. 62 500 or 125 000
 * @param codingRate the denominator of 4/5..4/8, i.e. 5..8
 * @param preambleSymbols programmed preamble length, 1..65 535
 * @param explicitHeader true for the explicit (variable-length) header MeshCore uses
 * @param crc true when the payload carries a CRC, as MeshCore's does
 * @param lowDataRateOptimization on, off, or {@code AUTO} as RadioLib decides it
 */
public record LoRaModulation(int spreadingFactor, long bandwidthHz, int codingRate, int preambleSymbols,
                             boolean explicitHeader, boolean crc, LowDataRateOptimization lowDataRateOptimization) {

    /** Low data rate optimisation (LDRO): forced, or left to RadioLib's rule. */
    public enum LowDataRateOptimization {
        /** On when a symbol lasts 16 ms or more (RadioLib {@code ldroAuto}, Semtech's advice). */
        AUTO,
        ON,
        OFF
    }

    public LoRaModulation {
        range(spreadingFactor, AirtimeConstants.MIN_SF, AirtimeConstants.MAX_SF, "spreading factor");
        if (bandwidthHz <= 0 || bandwidthHz > 10_000_000L) {
            throw new IllegalArgumentException("bandwidth must be 1 Hz..10 MHz, not " + bandwidthHz);
        }
        range(codingRate, AirtimeConstants.MIN_CR, AirtimeConstants.MAX_CR, "coding rate");
        range(preambleSymbols, 1, AirtimeConstants.MAX_PREAMBLE_SYMBOLS, "preamble symbols");
        Objects.requireNonNull(lowDataRateOptimization, "lowDataRateOptimization");
    }

    /**
     * What a MeshCore v1.16+ radio transmits with: the preamble of {@code preambleLengthForSF}
     * (32 symbols for SF 8 and below, else 16), explicit header, CRC on, LDRO automatic.
     */
    public static LoRaModulation meshCore(int spreadingFactor, long bandwidthHz, int codingRate) {
        return new LoRaModulation(spreadingFactor, bandwidthHz, codingRate, meshCorePreambleSymbols(spreadingFactor),
                true, true, LowDataRateOptimization.AUTO);
    }

    /** {@code RadioLibWrapper::preambleLengthForSF} (firmware v1.16+; earlier builds used 16 throughout). */
    public static int meshCorePreambleSymbols(int spreadingFactor) {
        return spreadingFactor <= MESHCORE_LONG_PREAMBLE_MAX_SF ? MESHCORE_LONG_PREAMBLE_SYMBOLS : MESHCORE_SHORT_PREAMBLE_SYMBOLS;
    }

    public LoRaModulation withPreambleSymbols(int symbols) {
        return new LoRaModulation(spreadingFactor, bandwidthHz, codingRate, symbols, explicitHeader, crc, lowDataRateOptimization);
    }

    public LoRaModulation withExplicitHeader(boolean explicit) {
        return new LoRaModulation(spreadingFactor, bandwidthHz, codingRate, preambleSymbols, explicit, crc, lowDataRateOptimization);
    }

    public LoRaModulation withCrc(boolean on) {
        return new LoRaModulation(spreadingFactor, bandwidthHz, codingRate, preambleSymbols, explicitHeader, on, lowDataRateOptimization);
    }

    public LoRaModulation withLowDataRateOptimization(LowDataRateOptimization ldro) {
        return new LoRaModulation(spreadingFactor, bandwidthHz, codingRate, preambleSymbols, explicitHeader, crc, ldro);
    }

    /**
     * Whether LDRO is in effect. {@code AUTO} follows RadioLib: on when 2^SF / BW is at least
     * 16 ms (SF11 and SF12 at 125 kHz, SF10 and up at 62.5 kHz), computed exactly here.
     */
    public boolean lowDataRateOptimized() {
        return switch (lowDataRateOptimization) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> (1L << spreadingFactor) * 1000L >= LDRO_MIN_SYMBOL_MILLIS * bandwidthHz;
        };
    }

    private static void range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", not " + value);
        }
    }
}
