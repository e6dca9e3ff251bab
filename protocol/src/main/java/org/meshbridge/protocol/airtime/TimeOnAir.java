package org.meshbridge.protocol.airtime;

import static org.meshbridge.protocol.airtime.AirtimeConstants.CRC_BITS;
import static org.meshbridge.protocol.airtime.AirtimeConstants.EXPLICIT_HEADER_BITS;
import static org.meshbridge.protocol.airtime.AirtimeConstants.HEADER_BLOCK_SYMBOLS;
import static org.meshbridge.protocol.airtime.AirtimeConstants.SF7_PLUS_BITS;
import static org.meshbridge.protocol.airtime.AirtimeConstants.SYNC_SYMBOLS_X4;
import static org.meshbridge.protocol.airtime.AirtimeConstants.SYNC_SYMBOLS_X4_SF5_SF6;

import java.time.Duration;

/**
 * LoRa time on air, the Semtech formula (AN1200.13; SX1261/2 datasheet 6.1.4) with RadioLib's
 * rounding, so that the numbers equal what MeshCore's {@code RadioLibWrapper::getEstAirtimeFor}
 * and the KISS modem's GetAirtime report:
 *
 * <pre>
 * T_sym     = 2^SF / BW
 * N_payload = 8 + max(ceil((8·PL − 4·SF + 28 + 16·CRC − 20·IH) / (4·(SF − 2·DE))), 0) · CR
 * T         = (N_preamble + 4.25 + N_payload) · T_sym
 * </pre>
 *
 * where CR is 5..8. On SX126x at SF5 and SF6 the sync costs 6.25 symbols and the numerator loses
 * its {@code +8}. Stateless.
 */
public final class TimeOnAir {

    /** LoRa's own payload limit, and MeshCore's {@code MAX_TRANS_UNIT}. */
    public static final int MAX_PAYLOAD_BYTES = 255;

    private TimeOnAir() {
    }

    /** Time on air in microseconds on an SX126x-family radio, the common MeshCore case. */
    public static long micros(LoRaModulation modulation, int payloadBytes) {
        return micros(RadioFamily.SX126X, modulation, payloadBytes);
    }

    /** Time on air in microseconds, rounded as {@code family}'s RadioLib driver rounds it. */
    public static long micros(RadioFamily family, LoRaModulation modulation, int payloadBytes) {
        if (payloadBytes < 0 || payloadBytes > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload must be 0.." + MAX_PAYLOAD_BYTES + " bytes, not " + payloadBytes);
        }
        return switch (family) {
            case SX126X -> sx126xMicros(modulation, payloadBytes);
            case SX127X -> sx127xMicros(modulation, payloadBytes);
        };
    }

    /** {@link #micros(LoRaModulation, int)} as a duration. */
    public static Duration duration(LoRaModulation modulation, int payloadBytes) {
        return Duration.ofNanos(micros(modulation, payloadBytes) * 1000L);
    }

    public static Duration duration(RadioFamily family, LoRaModulation modulation, int payloadBytes) {
        return Duration.ofNanos(micros(family, modulation, payloadBytes) * 1000L);
    }

    /**
     * Whole milliseconds, truncated: {@code getEstAirtimeFor} ({@code getTimeOnAir(len) / 1000}),
     * which the firmware's TX timeouts and the KISS Airtime reply use. (The LR1110 wrapper then
     * raises it to at least 200 ms; that floor is not applied here.)
     */
    public static long firmwareEstimateMillis(RadioFamily family, LoRaModulation modulation, int payloadBytes) {
        return micros(family, modulation, payloadBytes) / 1000L;
    }

    /** Symbol time in whole microseconds, truncated as RadioLib's SX126x code does. */
    public static long symbolMicros(LoRaModulation modulation) {
        return (1_000_000L << modulation.spreadingFactor()) / modulation.bandwidthHz();
    }

    /**
     * Symbols after the preamble and sync: the 8 header-block symbols plus the coded payload
     * blocks, SX126x variant.
     */
    public static int payloadSymbols(LoRaModulation modulation, int payloadBytes) {
        int sf = modulation.spreadingFactor();
        boolean sf5or6 = sf <= 6;
        int bits = 8 * payloadBytes - 4 * sf
                + (modulation.crc() ? CRC_BITS : 0)
                + (sf5or6 ? 0 : SF7_PLUS_BITS)
                + (modulation.explicitHeader() ? EXPLICIT_HEADER_BITS : 0);
        return HEADER_BLOCK_SYMBOLS + codedBlocks(bits, modulation) * modulation.codingRate();
    }

    private static long sx126xMicros(LoRaModulation modulation, int payloadBytes) {
        int syncX4 = modulation.spreadingFactor() <= 6 ? SYNC_SYMBOLS_X4_SF5_SF6 : SYNC_SYMBOLS_X4;
        long symbolsX4 = 4L * modulation.preambleSymbols() + syncX4 + 4L * payloadSymbols(modulation, payloadBytes);
        return symbolMicros(modulation) * symbolsX4 / 4;
    }

    /** {@code ceil(T_sym_ms · N_sym) · 1000}, computed exactly rather than in {@code float}. */
    private static long sx127xMicros(LoRaModulation modulation, int payloadBytes) {
        int sf = modulation.spreadingFactor();
        if (sf < 6) {
            throw new IllegalArgumentException("SX127x radios support SF6..12, not SF" + sf);
        }
        int bits = 8 * payloadBytes - 4 * sf + 28
                + (modulation.crc() ? CRC_BITS : 0)
                - (modulation.explicitHeader() ? 0 : EXPLICIT_HEADER_BITS);
        long payloadSymbols = HEADER_BLOCK_SYMBOLS + (long) codedBlocks(bits, modulation) * modulation.codingRate();
        long symbolsX4 = 4L * modulation.preambleSymbols() + SYNC_SYMBOLS_X4 + 4L * payloadSymbols;
        // T = 2^SF · symbolsX4 / (4 · BW) seconds; in ms, rounded up
        long numerator = (symbolsX4 << sf) * 1000L;
        long denominator = 4L * modulation.bandwidthHz();
        long millis = (numerator + denominator - 1) / denominator;
        return millis * 1000L;
    }

    /** {@code max(ceil(bits / (4·(SF − 2·DE))), 0)}. */
    private static int codedBlocks(int bits, LoRaModulation modulation) {
        if (bits <= 0) {
            return 0;
        }
        int divisor = 4 * (modulation.spreadingFactor() - (modulation.lowDataRateOptimized() ? 2 : 0));
        return (bits + divisor - 1) / divisor;
    }
}
