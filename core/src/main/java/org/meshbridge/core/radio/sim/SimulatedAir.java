package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A deterministic LoRa medium on a {@link Scheduler}: named nodes, a table of directed links,
 * time-on-air, half duplex, collisions and loss.
 *
 * <p>Rules, applied to every frame a node transmits:
 * <ul>
 *   <li><b>Time-on-air</b> is {@link TimeOnAir} (SX126x) for the frame's length with the air's
 *       {@link RadioParameters}. The frame is on the air from {@code transmit} until then; each
 *       receiver gets it <em>at the end</em>, with its link's SNR and RSSI, and only then does the
 *       sender's completion callback run.</li>
 *   <li><b>Who hears whom</b> is the link table ({@link #setLink}); links are directed, so
 *       asymmetric links are possible. A node without a link from the sender hears nothing.</li>
 *   <li><b>Half duplex:</b> a node transmitting hears nothing. A frame that starts while the
 *       receiver is transmitting, or during which the receiver starts transmitting, is lost to it.</li>
 *   <li><b>Collisions:</b> two frames that overlap in time at a receiver are both lost there, with
 *       one exception, the <b>capture rule</b>: the frame that started first survives if its RSSI
 *       at that receiver is at least {@code captureMarginDb} above the later frame's (the receiver
 *       stays locked on the first preamble); the later frame is still lost. With
 *       {@link #NO_CAPTURE} every overlap loses both frames.</li>
 *   <li><b>Loss:</b> for each receiver, the link's loss probability is drawn once per frame from
 *       the seeded generator, in link-table order, whether or not the frame is lost otherwise, so
 *       a run is reproducible from its seed.</li>
 * </ul>
 * A reception is counted once, under the first cause found: half duplex, then collision, then loss
 * when the frame starts; a collision or half duplex that begins later is counted if nothing was
 * found before.
 *
 * <p>{@link #isReceiving} tells whether a frame is arriving at a node (whatever its fate), which is
 * what the firmware's listen-before-talk asks the radio ({@code Dispatcher::checkSend},
 * {@code RadioLibWrapper::isReceiving}).
 *
 * <p>Single-threaded: call it only from tasks of its scheduler.
 */
public final class SimulatedAir {

    /** The default capture margin: LoRa's co-channel rejection for equal spreading factors is about 6 dB. */
    public static final int DEFAULT_CAPTURE_MARGIN_DB = 6;
    /** A capture margin no RSSI difference reaches: every overlap loses both frames. */
    public static final int NO_CAPTURE = Integer.MAX_VALUE;

    /** A node's radio front end: receives the frames the air delivers to it. */
    @FunctionalInterface
    public interface Receiver {
        void onFrame(Bytes frame, int snrQuarterDb, int rssiDbm);
    }

    private final Scheduler scheduler;
    private final RadioParameters radio;
    private final RandomGenerator random;
    private final int captureMarginDb;
    private final Map<String, Receiver> nodes = new LinkedHashMap<>();
    private final Map<String, Map<String, LinkQuality>> links = new LinkedHashMap<>();
    private final Map<String, List<Reception>> arriving = new LinkedHashMap<>();
    private final Map<String, Instant> transmittingUntil = new LinkedHashMap<>();
    private final List<AirListener> listeners = new ArrayList<>();
    private long sent;
    private long delivered;
    private final long[] lost = new long[LossReason.values().length];

    /** An air with the default capture margin. */
    public SimulatedAir(Scheduler scheduler, RadioParameters radio, RandomGenerator random) {
        this(scheduler, radio, random, DEFAULT_CAPTURE_MARGIN_DB);
    }

    /**
     * @param random decides losses; pass {@code new SplittableRandom(seed)}
     * @param captureMarginDb how much stronger (dB RSSI) the first of two overlapping frames must
     *     be to survive; {@link #NO_CAPTURE} to lose both always
     */
    public SimulatedAir(Scheduler scheduler, RadioParameters radio, RandomGenerator random, int captureMarginDb) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.radio = Objects.requireNonNull(radio, "radio");
        this.random = Objects.requireNonNull(random, "random");
        if (captureMarginDb < 0) {
            throw new IllegalArgumentException("capture margin must not be negative: " + captureMarginDb);
        }
        this.captureMarginDb = captureMarginDb;
    }

    /** Places a node on the air. Names are unique. */
    public void addNode(String name, Receiver receiver) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(receiver, "receiver");
        if (nodes.putIfAbsent(name, receiver) != null) {
            throw new IllegalArgumentException("a node named " + name + " is already on the air");
        }
        links.put(name, new LinkedHashMap<>());
        arriving.put(name, new ArrayList<>());
    }

    /** Makes {@code to} hear {@code from} with {@code quality} (one direction; replaces an existing link). */
    public void setLink(String from, String to, LinkQuality quality) {
        requireNode(from);
        requireNode(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("a node does not link to itself: " + from);
        }
        links.get(from).put(to, Objects.requireNonNull(quality, "quality"));
    }

    /** Makes {@code a} and {@code b} hear each other with the same quality both ways. */
    public void setLinks(String a, String b, LinkQuality quality) {
        setLink(a, b, quality);
        setLink(b, a, quality);
    }

    /** Removes the link from {@code from} to {@code to}, if any. */
    public void removeLink(String from, String to) {
        requireNode(from);
        links.get(from).remove(to);
    }

    public void addListener(AirListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public RadioParameters radio() {
        return radio;
    }

    /** Time-on-air of a frame of {@code frameBytes} with the air's parameters. */
    public Duration timeOnAir(int frameBytes) {
        return TimeOnAir.duration(radio.modulation(), frameBytes);
    }

    /** True while {@code node} has a frame on the air. */
    public boolean isTransmitting(String node) {
        requireNode(node);
        return transmittingUntil.containsKey(node);
    }

    /** True while a frame from a node it hears is arriving at {@code node}. */
    public boolean isReceiving(String node) {
        requireNode(node);
        Instant now = scheduler.now();
        return arriving.get(node).stream().anyMatch(r -> r.end.isAfter(now));
    }

    /**
     * Puts {@code frame} on the air from {@code sender}. Receivers get it when its time-on-air has
     * passed; then {@code onAirEnd} runs.
     *
     * @throws IllegalStateException if the sender is already transmitting (a radio sends one frame at a time)
     */
    public void transmit(String sender, Bytes frame, Runnable onAirEnd) {
        requireNode(sender);
        Objects.requireNonNull(onAirEnd, "onAirEnd");
        if (frame.isEmpty() || frame.size() > TimeOnAir.MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("a LoRa frame is 1..255 bytes, not " + frame.size());
        }
        if (isTransmitting(sender)) {
            throw new IllegalStateException(sender + " is already transmitting");
        }
        Instant start = scheduler.now();
        Duration toa = timeOnAir(frame.size());
        sent++;
        transmittingUntil.put(sender, start.plus(toa));
        arriving.get(sender).stream().filter(r -> r.end.isAfter(start)).forEach(r -> r.lose(LossReason.HALF_DUPLEX));
        List<Reception> receptions = new ArrayList<>();
        links.get(sender).forEach((receiver, quality) ->
                receptions.add(startReception(receiver, quality, frame, start, start.plus(toa))));
        listeners.forEach(l -> l.onTransmit(sender, frame, start, toa));
        scheduler.schedule(toa, () -> endTransmission(sender, receptions, onAirEnd));
    }

    /** A snapshot of the counters. */
    public AirCounters counters() {
        return new AirCounters(sent, delivered, lost[LossReason.LOSS.ordinal()], lost[LossReason.COLLISION.ordinal()],
                lost[LossReason.HALF_DUPLEX.ordinal()]);
    }

    private Reception startReception(String receiver, LinkQuality quality, Bytes frame, Instant start, Instant end) {
        Reception r = new Reception(receiver, quality, frame, end);
        boolean faded = random.nextDouble() < quality.lossProbability();
        if (isTransmitting(receiver)) {
            r.lose(LossReason.HALF_DUPLEX);
        }
        for (Reception earlier : arriving.get(receiver)) {
            if (!earlier.end.isAfter(start)) {
                continue;
            }
            if (earlier.quality.rssiDbm() - (long) quality.rssiDbm() < captureMarginDb) {
                earlier.lose(LossReason.COLLISION);
            }
            r.lose(LossReason.COLLISION);
        }
        if (faded) {
            r.lose(LossReason.LOSS);
        }
        arriving.get(receiver).add(r);
        return r;
    }

    private void endTransmission(String sender, List<Reception> receptions, Runnable onAirEnd) {
        transmittingUntil.remove(sender);
        for (Reception r : receptions) {
            arriving.get(r.receiver).remove(r);
            if (r.lostTo == null) {
                delivered++;
            } else {
                lost[r.lostTo.ordinal()]++;
            }
        }
        for (Reception r : receptions) {
            listeners.forEach(l -> l.onReception(sender, r.receiver, r.frame, Optional.ofNullable(r.lostTo)));
            if (r.lostTo == null) {
                nodes.get(r.receiver).onFrame(r.frame, r.quality.snrQuarterDb(), r.quality.rssiDbm());
            }
        }
        onAirEnd.run();
    }

    private void requireNode(String name) {
        if (!nodes.containsKey(Objects.requireNonNull(name, "node"))) {
            throw new IllegalArgumentException("no node named " + name + " on the air");
        }
    }

    /** One frame arriving at one receiver. */
    private static final class Reception {
        final String receiver;
        final LinkQuality quality;
        final Bytes frame;
        final Instant end;
        LossReason lostTo;

        Reception(String receiver, LinkQuality quality, Bytes frame, Instant end) {
            this.receiver = receiver;
            this.quality = quality;
            this.frame = frame;
            this.end = end;
        }

        void lose(LossReason reason) {
            if (lostTo == null) {
                lostTo = reason;
            }
        }
    }
}
