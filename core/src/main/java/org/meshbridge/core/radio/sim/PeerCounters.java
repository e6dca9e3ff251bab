package org.meshbridge.core.radio.sim;

/**
 * What a simulated peer has done so far.
 *
 * @param received frames heard that parsed as packets
 * @param duplicates packets dropped because their hash was in the seen table
 * @param forwarded packets queued for retransmission as a repeater (flood or direct)
 * @param transmitted frames put on the air (own and forwarded)
 */
public record PeerCounters(long received, long duplicates, long forwarded, long transmitted) {
}
