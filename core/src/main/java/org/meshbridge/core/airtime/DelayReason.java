package org.meshbridge.core.airtime;

/**
 * Why a request had to wait in the queue. A request is counted once for each reason it met, when it
 * ends (sent or dropped).
 */
public enum DelayReason {
    /** Another frame was on air (one frame in flight), or the previous frame's airtime had not ended. */
    LINK_BUSY,
    /** The rolling duty-cycle window had no room for it yet (or for a more urgent request ahead of it). */
    DUTY_CYCLE,
    /** Internet-originated, and the internet share of the window had no room for it yet. */
    INTERNET_SHARE
}
