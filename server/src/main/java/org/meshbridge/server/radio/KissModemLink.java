package org.meshbridge.server.radio;

import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Scheduler;

/**
 * A MeshCore KISS modem ({@code examples/kiss_modem}, {@code docs/kiss_modem_protocol.md}) over
 * a serial port or TCP: the cleanest modem for the bridge, since it has no mesh logic of its own.
 *
 * <p>On every connection the link asks for the modem's version, sets the radio to
 * {@link #modulation()} with SetRadio (frequency and bandwidth in Hz) and turns signal reports on;
 * it is {@link LinkState.Up} (e.g. {@code "KISS modem v1 on /dev/ttyUSB0"}) once the modem has
 * answered all three. A refused SetRadio, silence for the handshake timeout, or the device going
 * away takes it {@link LinkState.Down}; it reconnects after a jittered exponential backoff
 * ({@link LinkTiming}) and configures the radio again.
 *
 * <p>{@link #transmit} sends one Data frame and completes on the modem's TxDone: {@link TxResult#SENT}
 * for 1, {@link TxResult#FAILED} for 0 or when no TxDone comes within the modem's own worst case
 * plus a margin; {@link TxResult#NOT_SENT} on Error TxBusy, when the link is not up, for a second
 * frame while one is in flight, and for bytes that are not a valid MeshCore packet of 1..255 bytes.
 *
 * <p>Received packets carry the SNR and RSSI of the RxMeta the modem sends after each one. When
 * it does not come (signal reports off, or the modem's output queue was full), the packet is
 * delivered after the next frame or after {@link LinkTiming#rxMetaWait()} without a signal
 * report ({@link ReceivedFrame#signal()} empty). Garbage, bad escapes and oversized frames are dropped and counted
 * ({@link #counters()}); the stream resynchronises at the next FEND.
 */
public final class KissModemLink extends StreamRadioLink {

    /**
     * @param id the link's name in logs and metrics, e.g. {@code kiss0}
     * @param device where the modem is attached
     * @param modulation the radio settings to configure and to compute airtime with
     * @param scheduler the clock for timeouts, backoff and {@code receivedAt}; timer tasks only
     *     hand work to the link's own thread
     * @param random draws the backoff jitter
     * @param timing timeouts and backoff bounds
     */
    public KissModemLink(String id, DeviceAddress device, RadioParameters modulation, Scheduler scheduler,
            RandomGenerator random, LinkTiming timing) {
        this(id, device, ByteStream::open, modulation, scheduler, random, timing);
    }

    /** Over whatever {@code opener} connects to: an in-memory cable in tests. */
    KissModemLink(String id, DeviceAddress device, ByteStream.Opener opener, RadioParameters modulation, Scheduler scheduler,
            RandomGenerator random, LinkTiming timing) {
        super(id, device, opener, modulation, scheduler, random, timing,
                connection -> new KissModemSession(connection, modulation, timing));
    }

    /** With {@link LinkTiming#DEFAULTS} and the JDK's default random generator. */
    public KissModemLink(String id, DeviceAddress device, RadioParameters modulation, Scheduler scheduler) {
        this(id, device, modulation, scheduler, RandomGenerator.getDefault(), LinkTiming.DEFAULTS);
    }
}
