package org.meshbridge.core.node;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * Sends each advertising endpoint's own adverts on the {@link AdvertSchedule} (firmware room
 * server and repeater {@code MyMesh::loop}): a zero-hop advert after {@code firstDelay}, then
 * zero-hop and flood adverts on their timers, a flood advert restarting the zero-hop timer.
 * Timestamps come from {@link UniqueClock}, so they strictly increase per identity. Confined to
 * the scheduler thread.
 */
final class Advertiser {

    private final Scheduler scheduler;
    private final Transmitter transmitter;
    private final UniqueClock clock;
    private final AdvertSchedule schedule;
    private final Optional<RegionKey> floodScope;
    private final Map<Bytes, Timers> timers = new HashMap<>();

    Advertiser(Scheduler scheduler, Transmitter transmitter, UniqueClock clock, AdvertSchedule schedule,
               Optional<RegionKey> floodScope) {
        this.scheduler = scheduler;
        this.transmitter = transmitter;
        this.clock = clock;
        this.schedule = schedule;
        this.floodScope = floodScope;
    }

    /** Starts the timers of an endpoint that advertises. */
    void start(LocalEndpoint endpoint) {
        if (endpoint.advert().isEmpty() || !endpoint.advertsOnSchedule()) {
            return;
        }
        Timers t = new Timers();
        timers.put(endpoint.identity().publicKey(), t);
        if (!schedule.zeroHopInterval().isZero() || !schedule.floodInterval().isZero()) {
            t.first = scheduler.schedule(schedule.firstDelay(), () -> send(endpoint, false));
        }
        armZeroHop(endpoint, t);
        armFlood(endpoint, t);
    }

    /** Stops an endpoint's timers. */
    void stop(Bytes publicKey) {
        Timers t = timers.remove(publicKey);
        if (t != null) {
            t.cancelAll();
        }
    }

    /**
     * Sends one advert of {@code endpoint} now.
     *
     * @return the packet sent
     * @throws IllegalArgumentException if the endpoint does not advertise
     */
    Packet send(LocalEndpoint endpoint, boolean flood) {
        AdvertAppData appData = endpoint.advert()
                .orElseThrow(() -> new IllegalArgumentException("endpoint does not advertise"));
        AdvertPayload advert = AdvertPayload.sign(endpoint.identity(), clock.next(endpoint.identity().publicKey()), appData);
        Packet packet = flood ? transmitter.flood(advert, floodScope) : advert.toZeroHop();
        transmitter.send(packet, TrafficOrigin.LOCAL, Duration.ZERO);
        return packet;
    }

    private void armZeroHop(LocalEndpoint endpoint, Timers t) {
        if (!schedule.zeroHopInterval().isZero()) {
            t.zeroHop = scheduler.schedule(schedule.zeroHopInterval(), () -> {
                send(endpoint, false);
                armZeroHop(endpoint, t);
            });
        }
    }

    private void armFlood(LocalEndpoint endpoint, Timers t) {
        if (!schedule.floodInterval().isZero()) {
            t.flood = scheduler.schedule(schedule.floodInterval(), () -> {
                send(endpoint, true);
                armFlood(endpoint, t);
                if (t.zeroHop != null) {
                    t.zeroHop.cancel();
                }
                armZeroHop(endpoint, t);
            });
        }
    }

    /** One endpoint's pending timers. */
    private static final class Timers {
        Cancellable first;
        Cancellable zeroHop;
        Cancellable flood;

        void cancelAll() {
            for (Cancellable c : new Cancellable[] {first, zeroHop, flood}) {
                if (c != null) {
                    c.cancel();
                }
            }
        }
    }
}
