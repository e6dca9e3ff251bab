package org.meshbridge.core.airtime;

/** Firmware limits the airtime scheduler applies. */
final class AirtimeConstants {

    /** {@code MAX_TRANS_UNIT}, firmware {@code src/MeshCore.h} v1.17.1: the largest LoRa frame, in bytes. */
    static final int MAX_TRANS_UNIT = 255;

    /** Numerator of the TX watchdog, firmware {@code Dispatcher::checkSend} v1.17.1: {@code getEstAirtimeFor(len)*3/2}. */
    static final int TX_TIMEOUT_AIRTIME_NUMERATOR = 3;

    /** Denominator of the same watchdog. */
    static final int TX_TIMEOUT_AIRTIME_DENOMINATOR = 2;

    /** {@code duty_cycle_window_ms}, firmware {@code src/Dispatcher.h} v1.17.1: the budget window, 3600000 ms. */
    static final long FIRMWARE_DUTY_CYCLE_WINDOW_MS = 3_600_000L;

    private AirtimeConstants() {
    }
}
