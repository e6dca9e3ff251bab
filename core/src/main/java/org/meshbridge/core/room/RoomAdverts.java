package org.meshbridge.core.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.NodeType;

/**
 * A room's own advert timers (firmware room {@code MyMesh::loop}): a zero-hop advert after the
 * first delay, zero-hop adverts every interval, flood adverts every flood interval, each flood
 * restarting the zero-hop timer. The advert is a ROOM advert with the room's name and location,
 * signed with a timestamp from the node's per-identity clock (strictly increasing). Floods are
 * un-scoped with 1-byte path hashes. Confined to the scheduler thread.
 */
final class RoomAdverts {

    private final RoomContext room;
    private final AdvertSchedule schedule;
    private final AdvertAppData appData;
    private final List<Cancellable> timers = new ArrayList<>();
    private Cancellable zeroHop;

    RoomAdverts(RoomContext room, RoomConfig config) {
        this.room = room;
        this.schedule = config.adverts();
        this.appData = AdvertAppData.of(NodeType.ROOM, config.name(), config.location());
    }

    void start() {
        if (!schedule.zeroHopInterval().isZero() || !schedule.floodInterval().isZero()) {
            timers.add(room.host.scheduler().schedule(schedule.firstDelay(), () -> send(false)));
        }
        armZeroHop();
        if (!schedule.floodInterval().isZero()) {
            timers.add(room.host.scheduler().scheduleAtFixedRate(schedule.floodInterval(), schedule.floodInterval(), () -> {
                send(true);
                armZeroHop();
            }));
        }
    }

    /** Sends an advert after {@code delay}. */
    void sendLater(boolean flood, Duration delay) {
        room.host.scheduler().schedule(delay, () -> send(flood));
    }

    /** Sends an advert now and returns it. */
    Packet send(boolean flood) {
        AdvertPayload advert = AdvertPayload.sign(room.identity, room.host.node().nextTimestamp(room.identity), appData);
        Packet packet = flood ? advert.toFlood() : advert.toZeroHop();
        room.host.node().transmit(packet, TrafficOrigin.LOCAL);
        return packet;
    }

    void stop() {
        timers.forEach(Cancellable::cancel);
        timers.clear();
        Optional.ofNullable(zeroHop).ifPresent(Cancellable::cancel);
    }

    private void armZeroHop() {
        if (zeroHop != null) {
            zeroHop.cancel();
        }
        if (!schedule.zeroHopInterval().isZero()) {
            zeroHop = room.host.scheduler().scheduleAtFixedRate(schedule.zeroHopInterval(), schedule.zeroHopInterval(),
                    () -> send(false));
        }
    }
}
