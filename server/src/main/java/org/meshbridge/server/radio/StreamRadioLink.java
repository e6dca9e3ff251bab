package org.meshbridge.server.radio;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A radio reached over a byte stream (serial port or TCP): the {@link RadioLink} half that every
 * such device shares, around one {@link StreamLinkEngine} (connect, reconnect with backoff, one
 * frame in flight). Subclasses only say which {@link DeviceSession} speaks the device's protocol.
 */
public abstract class StreamRadioLink implements RadioLink {

    private final RadioParameters modulation;
    private final StreamLinkEngine engine;

    StreamRadioLink(String id, DeviceAddress device, ByteStream.Opener opener, RadioParameters modulation,
            Scheduler scheduler, RandomGenerator random, LinkTiming timing,
            Function<StreamLinkEngine.Connection, DeviceSession> sessions) {
        this.modulation = Objects.requireNonNull(modulation, "modulation");
        this.engine = new StreamLinkEngine(id, device, opener, scheduler, random, timing, sessions);
    }

    @Override
    public String id() {
        return engine.id();
    }

    @Override
    public RadioParameters modulation() {
        return modulation;
    }

    @Override
    public LinkState state() {
        return engine.state();
    }

    /** Where the radio is attached. */
    public DeviceAddress device() {
        return engine.device();
    }

    /** What the link has received, dropped and sent so far. */
    public LinkCounters counters() {
        return engine.counters();
    }

    @Override
    public void start(Listener listener) {
        engine.start(listener);
    }

    @Override
    public CompletionStage<TxResult> transmit(Bytes packet) {
        return engine.transmit(packet);
    }

    /** Stops the link, completes a frame in flight {@link TxResult#NOT_SENT} and reports Closed before returning. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id() + " on " + device() + ", " + state() + "]";
    }
}
