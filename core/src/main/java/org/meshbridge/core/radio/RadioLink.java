package org.meshbridge.core.radio;

import java.util.concurrent.CompletionStage;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * One radio the node transmits and listens through: a KISS modem, a companion radio in raw mode,
 * a remote gateway's radio, or a simulated one.
 *
 * <p>Contract for adapters:
 * <ul>
 *   <li>{@link #start} is called once; the link then connects (and reconnects) on its own and
 *       reports every {@link LinkState} change and every received frame to the listener. Listener
 *       calls come from the adapter's threads, one at a time; the consumer hands them to its own
 *       {@code Scheduler}.</li>
 *   <li>{@link #transmit} takes one raw on-air packet and returns at once. The stage completes when
 *       the radio reports the transmission finished (KISS {@code TxDone}, the companion's send
 *       confirmation) or when the frame could not be handed over. Callers keep one frame in flight:
 *       they wait for the stage before the next {@code transmit}. An adapter that is handed a
 *       second frame anyway completes it {@link TxResult#NOT_SENT}. A stage may complete on any
 *       thread and should not complete exceptionally; callers treat an exception as
 *       {@link TxResult#FAILED}.</li>
 *   <li>{@link #close} stops the link, completes a pending transmission {@link TxResult#NOT_SENT}
 *       and reports {@link LinkState.Closed}.</li>
 * </ul>
 */
public interface RadioLink extends AutoCloseable {

    /** A short stable name for logs, metrics and {@code /healthz}, e.g. {@code kiss0}. */
    String id();

    /**
     * The LoRa parameters this link transmits with, from the configuration; the airtime budget
     * computes time-on-air from them. Fixed for the life of the link.
     */
    RadioParameters modulation();

    /** The latest state, as last reported to the listener; {@link LinkState.Connecting} before it is up. */
    LinkState state();

    /** Starts connecting and delivering events to {@code listener}. Called once. */
    void start(Listener listener);

    /**
     * Hands one raw on-air packet (header, path and payload, at most 255 bytes) to the radio.
     *
     * @return completes with the radio's verdict once the transmission has ended
     */
    CompletionStage<TxResult> transmit(Bytes packet);

    /** Stops the link and releases its device. Idempotent. */
    @Override
    void close();

    /** What a link reports. Called from adapter threads, never concurrently. */
    interface Listener {

        /** A frame the radio heard, with its signal report. Its bytes are untrusted. */
        void onReceive(ReceivedFrame frame);

        /** The link changed state. */
        void onStateChange(LinkState state);
    }
}
