package org.meshbridge.core.radio.sim;

/**
 * What happened on the {@link SimulatedAir} so far. Each frame counts once in {@code sent}; each
 * (frame, receiver that hears its sender) pair counts once, in {@code delivered} or in exactly one
 * of the losses.
 *
 * @param sent frames put on the air
 * @param delivered receptions handed to their receiver
 * @param lostToLoss receptions lost to the link's loss probability
 * @param lostToCollision receptions lost to an overlapping frame
 * @param lostToHalfDuplex receptions lost because the receiver was transmitting
 */
public record AirCounters(long sent, long delivered, long lostToLoss, long lostToCollision, long lostToHalfDuplex) {

    /** Receptions lost for any reason. */
    public long lost() {
        return lostToLoss + lostToCollision + lostToHalfDuplex;
    }

    /** Receptions lost for {@code reason}. */
    public long lost(LossReason reason) {
        return switch (reason) {
            case LOSS -> lostToLoss;
            case COLLISION -> lostToCollision;
            case HALF_DUPLEX -> lostToHalfDuplex;
        };
    }
}
