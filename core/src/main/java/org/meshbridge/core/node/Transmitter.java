package org.meshbridge.core.node;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.airtime.TxPriority;
import org.meshbridge.core.airtime.TxRequest;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.Payload;

/**
 * Puts packets on the attached links through their airtime schedulers, marking the node's own
 * packets seen first (as {@code sendFlood}, {@code sendDirect} and {@code sendZeroHop} do) so
 * their echoes are ignored. Confined to the scheduler thread.
 *
 * <p>Transmit policy with several links (decided when the packet is due, after any delay):
 * <ul>
 *   <li>only links whose last reported state is Up are used; a down link's airtime scheduler is
 *       not fed frames the link would refuse;</li>
 *   <li>floods the node starts (texts and requests to a peer with no known path, channel
 *       messages), forwarded floods and adverts go out on every Up link;</li>
 *   <li>direct packets to a peer, and replies to a peer whatever their route (ACKs, PATH
 *       returns, RESPONSEs), go out on the link that peer was last heard on ({@link LastHeard}),
 *       if it is Up; otherwise on every Up link. A flooded reply thus stays at the site the
 *       request came from, and two gateways covering one area do not both send it;</li>
 *   <li>forwarded direct packets go out on every Up link (the next hop's link is not known from
 *       its hash);</li>
 *   <li>with no link Up, the packet is not sent and counted ({@link NodeStats#unsentNoLink}).</li>
 * </ul>
 */
final class Transmitter {

    private final Scheduler scheduler;
    private final SeenTable seen;
    private final RadioPorts ports;
    private final LastHeard lastHeard;
    private final NodeCounters counters;
    private final int pathHashSize;
    private final Consumer<TransmittedPacket> events;

    Transmitter(Scheduler scheduler, SeenTable seen, RadioPorts ports, LastHeard lastHeard, NodeCounters counters,
                int pathHashSize, Consumer<TransmittedPacket> events) {
        this.scheduler = scheduler;
        this.seen = seen;
        this.ports = ports;
        this.lastHeard = lastHeard;
        this.counters = counters;
        this.pathHashSize = pathHashSize;
        this.events = events;
    }

    /** A flood of this node's own, zero hops, scoped to {@code scope} when present ({@link RegionKey#scope}). */
    Packet flood(Payload payload, Optional<RegionKey> scope) {
        Packet packet = Packet.flood(payload.type().orElseThrow(), payload.encode(), pathHashSize);
        return scope.map(region -> region.scope(packet)).orElse(packet);
    }

    /** Sends a packet of this node's own, not addressed to one peer, after {@code delay} on every Up link. */
    void send(Packet packet, TrafficOrigin origin, Duration delay) {
        seen.markSeen(SeenTable.key(packet));
        later(delay, () -> submit(packet, origin, Optional.empty()));
    }

    /** Sends a packet of this node's own for {@code peer} after {@code delay}: direct ones on the peer's link, floods everywhere. */
    void sendTo(Identity peer, Packet packet, TrafficOrigin origin, Duration delay) {
        seen.markSeen(SeenTable.key(packet));
        later(delay, () -> submit(packet, origin, packet.route().isFlood() ? Optional.empty() : Optional.of(peer)));
    }

    /** Sends a reply to {@code peer} after {@code delay}, direct or flooded, on the link the peer was last heard on. */
    void replyTo(Identity peer, Packet packet, TrafficOrigin origin, Duration delay) {
        seen.markSeen(SeenTable.key(packet));
        later(delay, () -> submit(packet, origin, Optional.of(peer)));
    }

    /** Retransmits a forwarded packet after {@code delay} (already marked seen when it was received). */
    void forward(Packet packet, Duration delay) {
        later(delay, () -> submit(packet, TrafficOrigin.LOCAL, Optional.empty()));
    }

    /** True when at least one link is Up. */
    boolean anyLinkUp() {
        return ports.anyUp();
    }

    /** The firmware's estimated airtime of {@code bytes} on the first link, in whole ms; 0 without links. */
    long airtimeMillis(int bytes) {
        return ports.all().stream().findFirst().map(p -> p.airtimeMillis(bytes)).orElse(0L);
    }

    /** The same on the named link (the one a packet arrived on), falling back to the first. */
    long airtimeMillis(String linkId, int bytes) {
        return ports.byIdOrFirst(linkId).map(p -> p.airtimeMillis(bytes)).orElse(0L);
    }

    /** ACK and MULTIPART first, then direct, flood, and adverts last. */
    static TxPriority priorityOf(Packet packet) {
        if (packet.is(PayloadType.ACK) || packet.is(PayloadType.MULTIPART)) {
            return TxPriority.ACK;
        }
        if (packet.is(PayloadType.ADVERT)) {
            return TxPriority.ADVERT;
        }
        return packet.route().isFlood() ? TxPriority.FLOOD : TxPriority.DIRECT;
    }

    private void later(Duration delay, Runnable task) {
        if (delay.isZero()) {
            task.run();
        } else {
            scheduler.schedule(delay, task);
        }
    }

    private List<LinkPort> targets(Packet packet, Optional<Identity> peer) {
        if (peer.isEmpty() || packet.is(PayloadType.ADVERT)) {
            return ports.up();
        }
        return lastHeard.linkOf(peer.get()).flatMap(ports::upById).map(List::of).orElseGet(ports::up);
    }

    private void submit(Packet packet, TrafficOrigin origin, Optional<Identity> peer) {
        Objects.requireNonNull(origin, "origin");
        List<LinkPort> targets = targets(packet, peer);
        if (targets.isEmpty()) {
            counters.unsentNoLink++;
            return;
        }
        Bytes raw = packet.encode();
        TxPriority priority = priorityOf(packet);
        for (LinkPort port : targets) {
            port.airtime().submit(TxRequest.of(raw, priority, origin))
                    .thenAccept(outcome -> events.accept(new TransmittedPacket(port.id(), packet, outcome)));
        }
    }
}
