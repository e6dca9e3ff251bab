package org.meshbridge.server.radio;

import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Scheduler;

/**
 * A stock MeshCore companion radio ({@code examples/companion_radio}) used as a raw modem over USB
 * serial or WiFi TCP (port 5000): spec §10.
 *
 * <p>On every connection the link sends {@code CMD_DEVICE_QUERY} (app version 3) and refuses
 * firmware older than v1.16 ({@code FIRMWARE_VER_CODE} 13), which has no
 * {@code CMD_SEND_RAW_PACKET}, going {@link LinkState.Down} with e.g. {@code "companion firmware
 * v1.15 is too old for raw mode; update to v1.16 or newer (...)"}; then {@code CMD_APP_START}.
 * Up reads e.g. {@code "companion radio v1.17.1 (Heltec V3) in raw mode on /dev/ttyACM0"}. The radio's
 * own LoRa settings are not changed (they live in its flash); a mismatch with
 * {@link #modulation()} is logged, since airtime is computed from {@link #modulation()}.
 *
 * <p>Receiving: every {@code PUSH_CODE_LOG_RX_DATA} (SNR × 4, RSSI, raw packet) becomes a received
 * frame. The firmware pushes only packets of at most 173 bytes, so longer ones are never heard
 * through this link.
 *
 * <p>Transmitting: {@code CMD_SEND_RAW_PACKET} (priority 0, the packet). {@code RESP_CODE_OK}
 * completes it {@link TxResult#SENT}, but it means the radio <em>queued</em> the packet, not that
 * it is on air: the companion gives no report when it transmits. {@code RESP_CODE_ERR} completes it
 * {@link TxResult#NOT_SENT}; no answer within {@link LinkTiming#replyTimeout()} is
 * {@link TxResult#FAILED}. Packets over 174 bytes (a 176-byte frame less the code and priority
 * bytes) are refused {@link TxResult#NOT_SENT} with the reason logged.
 *
 * <p>The companion still acts on what it hears (auto-adding contacts, ACKing messages to its own
 * key), so give it an identity nobody messages. Only one app may use it at a time.
 */
public final class CompanionRawLink extends StreamRadioLink {

    /**
     * @param id the link's name in logs and metrics, e.g. {@code companion0}
     * @param device where the radio is attached ({@code tcp://host:5000} for WiFi firmware)
     * @param modulation the LoRa settings the radio is configured with, for airtime
     * @param scheduler the clock for timeouts, backoff and {@code receivedAt}; timer tasks only
     *     hand work to the link's own thread
     * @param random draws the backoff jitter
     * @param timing timeouts and backoff bounds
     */
    public CompanionRawLink(String id, DeviceAddress device, RadioParameters modulation, Scheduler scheduler,
            RandomGenerator random, LinkTiming timing) {
        this(id, device, ByteStream::open, modulation, scheduler, random, timing);
    }

    /** Over whatever {@code opener} connects to: an in-memory cable in tests. */
    CompanionRawLink(String id, DeviceAddress device, ByteStream.Opener opener, RadioParameters modulation, Scheduler scheduler,
            RandomGenerator random, LinkTiming timing) {
        super(id, device, opener, modulation, scheduler, random, timing,
                connection -> new CompanionRawSession(connection, modulation, timing));
    }

    /** With {@link LinkTiming#DEFAULTS} and the JDK's default random generator. */
    public CompanionRawLink(String id, DeviceAddress device, RadioParameters modulation, Scheduler scheduler) {
        this(id, device, modulation, scheduler, RandomGenerator.getDefault(), LinkTiming.DEFAULTS);
    }
}
