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
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.packet.TransportCodes;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Puts packets on every attached link through its airtime scheduler, marking the node's own
 * packets seen first (as {@code sendFlood}, {@code sendDirect} and {@code sendZeroHop} do) so
 * their echoes are ignored. Confined to the scheduler thread.
 */
final class Transmitter {

    private final Scheduler scheduler;
    private final SeenTable seen;
    private final List<LinkPort> ports;
    private final int pathHashSize;
    private final Consumer<TransmittedPacket> events;

    Transmitter(Scheduler scheduler, SeenTable seen, List<LinkPort> ports, int pathHashSize, Consumer<TransmittedPacket> events) {
        this.scheduler = scheduler;
        this.seen = seen;
        this.ports = List.copyOf(ports);
        this.pathHashSize = pathHashSize;
        this.events = events;
    }

    /** A flood of this node's own, zero hops, scoped with {@code scope}'s transport code when present. */
    Packet flood(PayloadType type, Bytes payload, Optional<RegionKey> scope) {
        if (scope.isEmpty()) {
            return Packet.flood(type, payload, pathHashSize);
        }
        TransportCodes codes = TransportCodes.region(scope.get().transportCode(type.code(), payload));
        return new Packet(RouteType.TRANSPORT_FLOOD, type.code(), 0, Optional.of(codes), Path.empty(pathHashSize), payload);
    }

    /** Sends a packet of this node's own after {@code delay}: marks it seen now, queues it on every link then. */
    void send(Packet packet, TrafficOrigin origin, Duration delay) {
        seen.markSeen(SeenTable.key(packet));
        later(delay, () -> submit(packet, priorityOf(packet), origin));
    }

    /** Retransmits a forwarded packet after {@code delay} (already marked seen when it was received). */
    void forward(Packet packet, Duration delay) {
        later(delay, () -> submit(packet, priorityOf(packet), TrafficOrigin.LOCAL));
    }

    /** The firmware's estimated airtime of {@code bytes} on the first link, in whole ms; 0 without links. */
    long airtimeMillis(int bytes) {
        return ports.isEmpty() ? 0 : ports.get(0).airtimeMillis(bytes);
    }

    /** The same on the named link (the one a packet arrived on), falling back to the first. */
    long airtimeMillis(String linkId, int bytes) {
        return ports.stream().filter(p -> p.id().equals(linkId)).findFirst()
                .map(p -> p.airtimeMillis(bytes)).orElseGet(() -> airtimeMillis(bytes));
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

    private void submit(Packet packet, TxPriority priority, TrafficOrigin origin) {
        Bytes raw = packet.encode();
        for (LinkPort port : ports) {
            port.airtime().submit(TxRequest.of(raw, priority, Objects.requireNonNull(origin, "origin")))
                    .thenAccept(outcome -> events.accept(new TransmittedPacket(port.id(), packet, outcome)));
        }
    }
}
