package org.meshbridge.core.radio.sim;

/** Why a frame on the {@link SimulatedAir} did not reach a receiver that hears its sender. */
public enum LossReason {
    /** The link's loss probability said so. */
    LOSS,
    /** Another frame overlapped it at the receiver (and no capture saved it). */
    COLLISION,
    /** The receiver was transmitting during part of the frame (a LoRa radio is half duplex). */
    HALF_DUPLEX
}
