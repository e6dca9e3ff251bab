package org.meshbridge.core.radio;

/** How a {@link RadioLink#transmit} ended, as far as the radio can tell. */
public enum TxResult {
    /** The radio reports the frame sent (KISS {@code TxDone} with 1). */
    SENT,
    /**
     * The radio reports the transmission failed (KISS {@code TxDone} with 0) or the adapter lost
     * track of it; the frame may have been on air in part or in full.
     */
    FAILED,
    /**
     * The frame never reached the air: the link is down or closing, or the radio refused it (KISS
     * {@code Error TxBusy}, a second frame while one is in flight).
     */
    NOT_SENT
}
