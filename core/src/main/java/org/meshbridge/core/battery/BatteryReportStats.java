package org.meshbridge.core.battery;

/**
 * What {@link BatteryReports} did with the replies it got.
 *
 * @param reported readings that reached the registry
 * @param unknownNode replies from nodes the registry does not know (no advert heard yet)
 * @param noBattery replies reading 0 mV (the board does not measure its battery)
 * @param malformed replies without a readable voltage
 */
public record BatteryReportStats(long reported, long unknownNode, long noBattery, long malformed) {
}
