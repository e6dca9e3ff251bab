package org.meshbridge.core.airtime;

/** Why a transmission request ended without being sent. Stable: metrics count drops by these names. */
public enum DropReason {
    /** Internet-originated, and the internet share is 0 (the default). */
    INTERNET_DISABLED,
    /** Its time-on-air alone is more than the window (or the internet share) allows. */
    EXCEEDS_BUDGET,
    /** The queue was full and held nothing this request may push out. */
    QUEUE_FULL,
    /** Pushed out of a full queue by a more urgent request, or (internet requests) by a local one. */
    DISPLACED,
    /** Its deadline passed before it could start. */
    DEADLINE_EXPIRED,
    /** Handed to the radio, which reported failure (or the stage failed). Its airtime was charged. */
    RADIO_FAILED,
    /** The link did not take it: down, busy, closing, or it threw. Its airtime was not charged. */
    RADIO_REFUSED,
    /** Handed to the radio, which never reported completion in time. Its airtime was charged. */
    TX_TIMEOUT,
    /** Still queued when the scheduler was closed, or submitted afterwards. */
    SHUTDOWN
}
