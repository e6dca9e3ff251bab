package org.meshbridge.core.room;

import java.time.Duration;
import org.meshbridge.core.airtime.TxOutcome;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.node.TransmittedPacket;

/**
 * The radio counters of {@link ServerStats}, taken from the node's events (the firmware's radio
 * driver and {@code Mesh} counters). The room shares the node's radio, so these are the node's.
 * Stops counting once the room is closed (a node cannot drop a listener). Confined to the
 * scheduler thread.
 */
final class RadioCounters implements NodeListener {

    private long received;
    private long sent;
    private Duration airtime = Duration.ZERO;
    private long sentFlood;
    private long sentDirect;
    private long receivedFlood;
    private long receivedDirect;
    private int lastRssi;
    private int lastSnrQuarterDb;
    private int directDuplicates;
    private int floodDuplicates;
    private boolean closed;

    @Override
    public void onPacketReceived(ReceivedPacket packet) {
        if (closed) {
            return;
        }
        received++;
        packet.frame().signal().ifPresent(signal -> { // GET_STATUS keeps the last report the radio gave
            lastRssi = signal.rssiDbm();
            lastSnrQuarterDb = signal.snrQuarterDb();
        });
        boolean flood = packet.packet().route().isFlood();
        if (packet.duplicate()) {
            if (flood) {
                floodDuplicates++;
            } else {
                directDuplicates++;
            }
        } else if (flood) {
            receivedFlood++;
        } else {
            receivedDirect++;
        }
    }

    @Override
    public void onPacketTransmitted(TransmittedPacket packet) {
        if (closed || !(packet.outcome() instanceof TxOutcome.Transmitted tx)) {
            return;
        }
        sent++;
        airtime = airtime.plus(tx.timeOnAir());
        if (packet.packet().route().isFlood()) {
            sentFlood++;
        } else {
            sentDirect++;
        }
    }

    void close() {
        closed = true;
    }

    ServerStats snapshot(RoomContext room) {
        return new ServerStats(0, 0, 0, lastRssi, received, sent, airtime.toSeconds(), room.sinceStart().toSeconds(),
                sentFlood, sentDirect, receivedFlood, receivedDirect, 0, lastSnrQuarterDb, directDuplicates, floodDuplicates,
                room.posted, room.pushes);
    }
}
