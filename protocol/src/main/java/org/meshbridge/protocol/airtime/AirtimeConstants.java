package org.meshbridge.protocol.airtime;

/**
 * LoRa time-on-air numbers: Semtech AN1200.13 and the SX1261/2 datasheet section 6.1.4, as coded in
 * RadioLib {@code SX126x::calculateTimeOnAir} and {@code SX127x::calculateTimeOnAir} (commit
 * 6d89348, the one MeshCore v1.17.1 {@code platformio.ini} pins).
 */
final class AirtimeConstants {

    private AirtimeConstants() {
    }

    /** Lowest spreading factor (SX126x {@code setSpreadingFactor}; SX127x stops at 6). */
    static final int MIN_SF = 5;
    /** Highest spreading factor. */
    static final int MAX_SF = 12;
    /** Coding rate 4/5, written as its denominator as RadioLib and the KISS modem do. */
    static final int MIN_CR = 5;
    /** Coding rate 4/8. */
    static final int MAX_CR = 8;
    /** RadioLib keeps the preamble length in a {@code uint16_t}. */
    static final int MAX_PREAMBLE_SYMBOLS = 0xFFFF;

    /** {@code preambleLengthForSF}, {@code src/helpers/radiolib/RadioLibWrappers.h}: SF at or below this gets the long preamble. */
    static final int MESHCORE_LONG_PREAMBLE_MAX_SF = 8;
    /** {@code preambleLengthForSF}: preamble for SF 5..8 (firmware v1.16+). */
    static final int MESHCORE_LONG_PREAMBLE_SYMBOLS = 32;
    /** {@code preambleLengthForSF}: preamble for SF 9..12. */
    static final int MESHCORE_SHORT_PREAMBLE_SYMBOLS = 16;

    /** RadioLib {@code ldroAuto}: LDRO turns on when a symbol lasts at least this long (ms). */
    static final int LDRO_MIN_SYMBOL_MILLIS = 16;

    /** Sync word plus SFD, x4: 4.25 symbols ({@code sfCoeff1_x4 = 17}). */
    static final int SYNC_SYMBOLS_X4 = 17;
    /** Sync word plus SFD on SX126x at SF5 and SF6, x4: 6.25 symbols ({@code sfCoeff1_x4 = 25}). */
    static final int SYNC_SYMBOLS_X4_SF5_SF6 = 25;
    /** The fixed 8 symbols before the coded payload blocks. */
    static final int HEADER_BLOCK_SYMBOLS = 8;
    /** Numerator term for SF7+ ({@code sfCoeff2 = 8}); SX126x drops it at SF5 and SF6. */
    static final int SF7_PLUS_BITS = 8;
    /** Explicit header cost in the numerator ({@code N_symbol_header = 20}). */
    static final int EXPLICIT_HEADER_BITS = 20;
    /** Payload CRC cost in the numerator ({@code bitsPerCrc = 16}). */
    static final int CRC_BITS = 16;
}
