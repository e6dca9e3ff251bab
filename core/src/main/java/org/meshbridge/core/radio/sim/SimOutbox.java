package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.packet.Packet;

/**
 * The send side of the firmware {@code Dispatcher} for one simulated peer: a queue of packets,
 * each due at a time with a priority (lower first among those due, then queue order, as
 * {@code PacketQueue::get}), one frame on the air at a time, and listen-before-talk: while a frame
 * is arriving the send waits 120, 240 or 360 ms ({@code Mesh::getCADFailRetryDelay}) and is forced
 * after 4 s of busy channel ({@code Dispatcher::getCADFailMaxDuration}). The firmware's duty-cycle
 * budget (50 % by default) is not modelled.
 */
final class SimOutbox {

    /** {@code Dispatcher::getCADFailMaxDuration}, firmware {@code src/Dispatcher.cpp}. */
    static final Duration CAD_FAIL_MAX = Duration.ofMillis(4000);
    /** The unit of {@code Mesh::getCADFailRetryDelay} ({@code nextInt(1, 4) * 120}), firmware {@code src/Mesh.cpp}. */
    static final int CAD_RETRY_UNIT_MILLIS = 120;

    private final String node;
    private final SimulatedAir air;
    private final Scheduler scheduler;
    private final RandomGenerator random;
    private final List<Entry> entries = new ArrayList<>();
    private boolean onAir;
    private Instant busySince;
    private Instant nextTxTime = Instant.MIN;
    private Cancellable wakeup = () -> false;
    private long transmitted;

    SimOutbox(String node, SimulatedAir air, RandomGenerator random) {
        this.node = node;
        this.air = air;
        this.scheduler = air.scheduler();
        this.random = random;
    }

    /** Queues {@code packet} to go out after {@code delay} ({@code Dispatcher::sendPacket}). */
    void queue(Packet packet, int priority, Duration delay) {
        entries.add(new Entry(packet, priority, scheduler.now().plus(delay)));
        scheduler.execute(this::pump);
    }

    /** Drops every packet still waiting (the radio was switched off). */
    void clear() {
        entries.clear();
    }

    /** Frames put on the air so far. */
    long transmitted() {
        return transmitted;
    }

    /** Packets waiting. */
    int pending() {
        return entries.size();
    }

    private void pump() {
        if (onAir) {
            return;
        }
        Instant now = scheduler.now();
        if (now.isBefore(nextTxTime)) {
            wakeAt(nextTxTime);
            return;
        }
        Entry best = null;
        Instant earliest = null;
        for (Entry e : entries) {
            if (e.dueAt.isAfter(now)) {
                earliest = earliest == null || e.dueAt.isBefore(earliest) ? e.dueAt : earliest;
            } else if (best == null || e.priority < best.priority) {
                best = e;
            }
        }
        if (best == null) {
            if (earliest != null) {
                wakeAt(earliest);
            }
            return;
        }
        if (channelBusy(now)) {
            return;
        }
        entries.remove(best);
        onAir = true;
        transmitted++;
        air.transmit(node, best.packet.encode(), () -> {
            onAir = false;
            pump();
        });
    }

    private boolean channelBusy(Instant now) {
        if (!air.isReceiving(node)) {
            busySince = null;
            return false;
        }
        if (busySince == null) {
            busySince = now;
        }
        if (Duration.between(busySince, now).compareTo(CAD_FAIL_MAX) > 0) {
            busySince = null;
            return false;
        }
        nextTxTime = now.plusMillis((long) random.nextInt(1, 4) * CAD_RETRY_UNIT_MILLIS);
        wakeAt(nextTxTime);
        return true;
    }

    private void wakeAt(Instant at) {
        wakeup.cancel();
        Duration delay = Duration.between(scheduler.now(), at);
        wakeup = scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, this::pump);
    }

    private record Entry(Packet packet, int priority, Instant dueAt) {
    }
}
