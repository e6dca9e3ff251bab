package org.meshbridge.core.battery;

/**
 * What the {@link BatteryPoller} did.
 *
 * @param polls polls started (each a login, then a request)
 * @param answered polls whose request was answered (the reading is in {@link BatteryReports#stats()})
 * @param noReply polls that got no answer in time, to the login or to the request
 */
public record BatteryPollStats(long polls, long answered, long noReply) {
}
