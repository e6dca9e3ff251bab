package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.meshbridge.core.time.Jitter;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.airtime.RadioFamily;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerDatagram;

/**
 * What every simulated peer shares with the firmware's {@code Mesh}/{@code Dispatcher} base: the
 * receive decision procedure of {@code Mesh::onRecvPacket} (spec §5.2), flood forwarding with path
 * append, direct forwarding with path consume and ACK re-creation, the seen table, and the three
 * ways of sending ({@code sendFlood}, {@code sendDirect}, {@code sendZeroHop}) with their
 * priorities. Subclasses override the hooks, as the firmware's examples do. Not modelled: TRACE,
 * CONTROL and RAW_CUSTOM are received and dropped, multi-acks are accepted but not relayed (no
 * simulated peer sends them: {@code multi_acks} defaults to 0), and the flood receive delay by
 * signal quality is off, as {@code rx_delay_base} defaults to 0.
 */
abstract class SimMesh {

    private final String name;
    private final LocalIdentity self;
    private final SimulatedAir air;
    private final Scheduler scheduler;
    private final RandomGenerator random;
    private final SimOutbox outbox;
    private final SeenTable seen = new SeenTable();
    private final double txDelayFactor;
    private final double directTxDelayFactor;
    private long received;
    private long duplicates;
    private long forwarded;
    private long lastUniqueTime;
    private boolean powered = true;

    SimMesh(String name, LocalIdentity self, SimulatedAir air, RandomGenerator random, double txDelayFactor,
            double directTxDelayFactor) {
        this.name = Objects.requireNonNull(name, "name");
        this.self = Objects.requireNonNull(self, "self");
        this.air = Objects.requireNonNull(air, "air");
        this.scheduler = air.scheduler();
        this.random = Objects.requireNonNull(random, "random");
        this.outbox = new SimOutbox(name, air, random);
        this.txDelayFactor = txDelayFactor;
        this.directTxDelayFactor = directTxDelayFactor;
        air.addNode(name, this::onFrame);
    }

    /** The node's name on the air. */
    public final String name() {
        return name;
    }

    public final LocalIdentity identity() {
        return self;
    }

    /** False between {@link #powerOff()} and {@link #powerOn()}. */
    public final boolean isPowered() {
        return powered;
    }

    /**
     * Switches the node's radio off: it hears nothing and sends nothing (what it had queued is
     * dropped when its turn comes). Subclasses stop their timers too.
     */
    void powerOff() {
        powered = false;
        outbox.clear();
    }

    /** Switches the radio back on; the seen table survives, as RAM would not, which matters little here. */
    void powerOn() {
        powered = true;
    }

    /** Starts the node's timers (adverts and the like); a node without timers has nothing to do. */
    public void start() {
    }

    /** Stops the node's timers. */
    public void stop() {
    }

    /**
     * Switches the node off (timers stopped, radio deaf and mute) or on again, which restarts its
     * timers as {@link #start} does (a repeater's boot advert included).
     */
    public final void setRunning(boolean running) {
        if (running == isPowered()) {
            return;
        }
        if (running) {
            powerOn();
            start();
        } else {
            stop();
            powerOff();
        }
    }

    /** Frames received, duplicates dropped, packets forwarded and frames transmitted so far. */
    public final PeerCounters counters() {
        return new PeerCounters(received, duplicates, forwarded, outbox.transmitted());
    }

    // ---- hooks -------------------------------------------------------------------------------

    /** {@code allowPacketForward}: false for chat nodes and rooms. */
    boolean allowPacketForward(Packet packet) {
        return false;
    }

    /** An ACK reached this node; true if it was one this node waited for (then it is not forwarded). */
    boolean onAckRecv(Packet packet, AckHash ack) {
        return false;
    }

    /** A REQ/RESPONSE/TXT_MSG/PATH with this node's dest hash; true if a known peer's key opened it. */
    boolean onPeerDatagram(Packet packet, PeerDatagram datagram) {
        return false;
    }

    /** An ANON_REQ with this node's dest hash; true if it opened. */
    boolean onAnonRequest(Packet packet, AnonRequestPayload request) {
        return false;
    }

    void onGroupDatagram(Packet packet, GroupDatagram datagram) {
    }

    /** A verified advert from another node. */
    void onAdvert(Packet packet, AdvertPayload advert) {
    }

    // ---- sending -----------------------------------------------------------------------------

    /** {@code Mesh::sendFlood}: zero hops of 1-byte hashes; priority PATH 2, ADVERT 3, others 1. */
    final void sendFlood(Payload payload, Duration delay) {
        if (!powered) {
            return;
        }
        Packet packet = payload.toFlood();
        int priority = packet.is(PayloadType.PATH) ? 2 : packet.is(PayloadType.ADVERT) ? 3 : 1;
        seen.markSeen(packet);
        outbox.queue(packet, priority, delay);
    }

    /** {@code Mesh::sendDirect}: along {@code path}; priority PATH 1, others 0. */
    final void sendDirect(Payload payload, Path path, Duration delay) {
        if (!powered) {
            return;
        }
        Packet packet = payload.toDirect(path);
        seen.markSeen(packet);
        outbox.queue(packet, packet.is(PayloadType.PATH) ? 1 : 0, delay);
    }

    /** {@code Mesh::sendZeroHop}: direct with an empty path, priority 0. */
    final void sendZeroHop(Payload payload, Duration delay) {
        if (!powered) {
            return;
        }
        Packet packet = payload.toZeroHop();
        seen.markSeen(packet);
        outbox.queue(packet, 0, delay);
    }

    final Scheduler scheduler() {
        return scheduler;
    }

    final RandomGenerator random() {
        return random;
    }

    final SimulatedAir air() {
        return air;
    }

    /** The node's clock in UNIX seconds. */
    final long rtcNow() {
        return scheduler.now().getEpochSecond();
    }

    /** {@code RTCClock::getCurrentTimeUnique}: the clock, but strictly increasing between calls. */
    final long rtcNowUnique() {
        lastUniqueTime = Math.max(lastUniqueTime + 1, rtcNow());
        return lastUniqueTime;
    }

    /** {@code Radio::getEstAirtimeFor}: whole milliseconds of air for {@code bytes}. */
    final long estAirtimeMillis(int bytes) {
        return TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, air.radio().modulation(), bytes);
    }

    // ---- receiving ---------------------------------------------------------------------------

    private void onFrame(Bytes frame, int snrQuarterDb, int rssiDbm) {
        if (!powered) {
            return;
        }
        Packet packet;
        try {
            packet = Packet.decode(frame);
        } catch (MalformedFrameException malformed) {
            return;
        }
        received++;
        onRecvPacket(packet);
    }

    private void onRecvPacket(Packet packet) {
        if (packet.is(PayloadType.TRACE) || packet.is(PayloadType.CONTROL)) {
            return;
        }
        if (packet.route().isDirect() && !packet.path().isEmpty()) {
            relayDirect(packet);
            return;
        }
        Payload payload;
        try {
            payload = Payload.decode(packet);
        } catch (MalformedFrameException malformed) {
            return;
        }
        if (payload instanceof AdvertPayload advert && advert.publicKey().equals(self.publicKey())) {
            return;
        }
        Packet dedupe = payload instanceof MultipartPayload multi ? innerAckPacket(packet, multi) : packet;
        if (dedupe == null || payload.type().isEmpty() || packet.is(PayloadType.RAW_CUSTOM)) {
            return;
        }
        if (seen.wasSeen(dedupe)) {
            duplicates++;
            return;
        }
        seen.markSeen(dedupe);
        boolean forMe = dispatch(packet, payload);
        if (!forMe && !(payload instanceof MultipartPayload)) {
            routeRecvPacket(packet);
        }
    }

    /** Per-type processing; true when the packet was for this node ({@code markDoNotRetransmit}). */
    private boolean dispatch(Packet packet, Payload payload) {
        if (payload instanceof AdvertPayload advert) {
            if (!SimCrypto.verify(advert)) {
                return true; // a forged advert is neither processed nor forwarded
            }
            onAdvert(packet, advert);
            return false;
        }
        if (payload instanceof PeerDatagram datagram) {
            return datagram.destHash() == self.identity().hash() && onPeerDatagram(packet, datagram);
        }
        if (payload instanceof AnonRequestPayload request) {
            return request.destHash() == self.identity().hash() && onAnonRequest(packet, request);
        }
        if (payload instanceof GroupDatagram group) {
            onGroupDatagram(packet, group);
            return false;
        }
        if (payload instanceof AckPayload ack) {
            return onAckRecv(packet, ack.hash());
        }
        if (payload instanceof MultipartPayload multi) {
            multi.innerAck().ifPresent(ack -> onAckRecv(packet, ack.hash()));
        }
        return false;
    }

    /** A direct packet with hops left: relay it if this node is the next hop (spec §5.2 step 3). */
    private void relayDirect(Packet packet) {
        boolean mine = false;
        if (packet.is(PayloadType.ACK) && packet.payload().size() >= AckHash.BYTES) {
            mine = onAckRecv(packet, new AckHash(packet.payload().prefix(AckHash.BYTES)));
        }
        Path path = packet.path();
        if (!path.hop(0).equals(self.identity().hashPrefix(path.hashSize())) || !allowPacketForward(packet)
                || packet.is(PayloadType.MULTIPART)) {
            return;
        }
        if (seen.wasSeen(packet)) {
            duplicates++;
            return;
        }
        seen.markSeen(packet);
        Packet onward = packet.withPath(path.withFirstHopRemoved());
        if (packet.is(PayloadType.ACK)) {
            if (!mine) {
                forwarded++;
                outbox.queue(Packet.of(RouteType.DIRECT, PayloadType.ACK, onward.path(), onward.payload()), 0, Duration.ZERO);
            }
            return;
        }
        forwarded++;
        outbox.queue(onward, 0, retransmitDelay(onward, directTxDelayFactor));
    }

    /** {@code Mesh::routeRecvPacket}: a flood not for this node goes on with this node's hash appended. */
    private void routeRecvPacket(Packet packet) {
        Path path = packet.path();
        if (!packet.route().isFlood() || !path.canAppendHop() || !allowPacketForward(packet)) {
            return;
        }
        Packet onward = packet.withPath(path.withHopAppended(self.identity().hashPrefix(path.hashSize())));
        forwarded++;
        outbox.queue(onward, onward.path().hopCount(), retransmitDelay(onward, txDelayFactor));
    }

    /** {@code getRetransmitDelay}: uniform whole ms in [0, 5t], t = airtime(path + payload + 2) × factor. */
    private Duration retransmitDelay(Packet packet, double factor) {
        long t = (long) (estAirtimeMillis(2 + packet.path().byteLength() + packet.payload().size()) * factor);
        return Jitter.uniformMillis(random, Duration.ofMillis(5 * t));
    }

    /** The plain ACK inside a multi-ack, as {@code Mesh::onRecvPacket} dedupes it; null if not an ACK. */
    private static Packet innerAckPacket(Packet packet, MultipartPayload multi) {
        if (multi.innerAck().isEmpty()) {
            return null;
        }
        return Packet.of(packet.route(), PayloadType.ACK, packet.path(), multi.inner());
    }
}
