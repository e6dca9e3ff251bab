package org.meshbridge.protocol.airtime;

/** Which RadioLib time-on-air code a radio runs; the two round differently. */
public enum RadioFamily {
    /**
     * SX1262/SX1268/LLCC68/STM32WL ({@code SX126x::calculateTimeOnAir}) and LR11x0/LR2021
     * ({@code LRxxxx::calculateTimeOnAir}, the same code): integer microseconds, symbol time cut to
     * whole microseconds, and 6.25 sync symbols without the +8 bits term at SF5 and SF6.
     */
    SX126X,
    /**
     * SX1272/SX1276/SX1278 ({@code SX127x::calculateTimeOnAir}): the plain AN1200.13 formula
     * rounded <em>up</em> to whole milliseconds; SF6..12 only.
     */
    SX127X
}
