package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A node's battery as a telemetry or status reply reported it. At least one of the two values is
 * present. The repeater/room-server status reply carries millivolts ({@code batt_milli_volts});
 * telemetry (Cayenne LPP) carries a voltage, some devices a percentage.
 *
 * @param millivolts the battery voltage in mV, 0..65535
 * @param percent the charge in percent, 0..100
 * @param reportedAt when the reply arrived, on the scheduler clock
 */
public record BatteryReading(OptionalInt millivolts, OptionalInt percent, Instant reportedAt) {

    public BatteryReading {
        Objects.requireNonNull(millivolts, "millivolts");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(reportedAt, "reportedAt");
        if (millivolts.isEmpty() && percent.isEmpty()) {
            throw new IllegalArgumentException("a battery reading needs millivolts or percent");
        }
        millivolts.ifPresent(mv -> {
            if (mv < 0 || mv > 65_535) {
                throw new IllegalArgumentException("millivolts must be 0..65535, not " + mv);
            }
        });
        percent.ifPresent(p -> {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("percent must be 0..100, not " + p);
            }
        });
    }

    /** A reading of millivolts only (a status reply). */
    public static BatteryReading ofMillivolts(int millivolts, Instant at) {
        return new BatteryReading(OptionalInt.of(millivolts), OptionalInt.empty(), at);
    }

    /** A reading of percent only. */
    public static BatteryReading ofPercent(int percent, Instant at) {
        return new BatteryReading(OptionalInt.empty(), OptionalInt.of(percent), at);
    }
}
