package org.meshbridge.core.airtime;

/**
 * How urgent a transmission is; the scheduler sends the most urgent first, and first come first
 * served within one priority. Declared from most to least urgent; {@link #rank()} is that order
 * (lower is more urgent, as the firmware's {@code PacketQueue::get} picks the lowest priority value).
 */
public enum TxPriority {
    /** ACKs: a sender is waiting and will retransmit (and spend airtime again) if it does not hear one. */
    ACK(0),
    /** Direct (path-routed) replies and messages. */
    DIRECT(1),
    /** Flood-routed messages and forwarded floods. */
    FLOOD(2),
    /** Adverts: periodic and repeated, the cheapest to delay. */
    ADVERT(3);

    private final int rank;

    TxPriority(int rank) {
        this.rank = rank;
    }

    /** 0 for the most urgent. */
    public int rank() {
        return rank;
    }

    /** True if this priority is sent before {@code other}. */
    public boolean isMoreUrgentThan(TxPriority other) {
        return rank < other.rank;
    }
}
