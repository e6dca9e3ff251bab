package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.PeerDatagram;

/**
 * A simulated repeater as {@code examples/simple_repeater} behaves with its defaults: it forwards
 * floods (appending its hash, after a random delay of up to 5 × ½ × airtime, deduplicated by
 * packet hash) and direct packets whose next hop it is (removing its hash, up to 5 × 0.3 ×
 * airtime; ACKs re-created), and adverts zero-hop 16 s after {@link #start} and then every
 * {@link Settings#localAdvertInterval}, and by flood every {@link Settings#floodAdvertInterval}.
 *
 * <p>Flood hop limits ({@code flood.max} 64, {@code flood.max.advert} 8) apply; packets with
 * transport codes are not forwarded (no regions are configured); loop detection is off, the
 * firmware default. It answers logins and the GET_STATUS and GET_TELEMETRY_DATA requests with
 * its battery voltage ({@link #setBatteryMillivolts}), as {@link SimRepeaterServer} describes.
 */
public final class SimRepeater extends SimMesh {

    /**
     * When the repeater adverts; {@link Duration#ZERO} turns a timer off.
     *
     * @param bootAdvertDelay the zero-hop advert after {@link #start} ({@code ENABLE_ADVERT_ON_BOOT})
     * @param localAdvertInterval zero-hop adverts ({@code advert.interval} × 2 min)
     * @param floodAdvertInterval flood adverts ({@code flood.advert.interval} hours)
     */
    public record Settings(Duration bootAdvertDelay, Duration localAdvertInterval, Duration floodAdvertInterval) {

        /** The firmware defaults of a new install: 16 s, 2 min, 47 h. */
        public static final Settings FIRMWARE_DEFAULTS = new Settings(SimConstants.BOOT_ADVERT_DELAY,
                SimConstants.REPEATER_LOCAL_ADVERT_INTERVAL, SimConstants.REPEATER_FLOOD_ADVERT_INTERVAL);

        /** No adverts unless {@link #advertNow} is called: quiet air for tests. */
        public static final Settings QUIET = new Settings(Duration.ZERO, Duration.ZERO, Duration.ZERO);

        public Settings {
            Objects.requireNonNull(bootAdvertDelay, "bootAdvertDelay");
            Objects.requireNonNull(localAdvertInterval, "localAdvertInterval");
            Objects.requireNonNull(floodAdvertInterval, "floodAdvertInterval");
            if (bootAdvertDelay.isNegative() || localAdvertInterval.isNegative() || floodAdvertInterval.isNegative()) {
                throw new IllegalArgumentException("advert timers must not be negative: " + this);
            }
        }
    }

    private final Settings settings;
    private Cancellable bootAdvert = () -> false;
    private Cancellable nextLocal = () -> false;
    private Cancellable nextFlood = () -> false;
    private final SimRepeaterServer server = new SimRepeaterServer(this);
    private Instant bootedAt;

    /** Places the repeater on {@code air} as node {@code name}. */
    public SimRepeater(String name, LocalIdentity identity, SimulatedAir air, RandomGenerator random, Settings settings) {
        super(name, identity, air, random, SimConstants.TX_DELAY_FACTOR, SimConstants.REPEATER_DIRECT_TX_DELAY_FACTOR);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Starts the advert timers (the firmware's boot). */
    @Override
    public void start() {
        bootedAt = scheduler().now();
        if (!settings.bootAdvertDelay().isZero()) {
            bootAdvert = scheduler().schedule(settings.bootAdvertDelay(), () -> advertNow(false));
        }
        scheduleLocalAdvert();
        scheduleFloodAdvert();
    }

    /** Stops the advert timers. */
    @Override
    public void stop() {
        bootAdvert.cancel();
        nextLocal.cancel();
        nextFlood.cancel();
    }


    /** Sends a self advert now: by flood or zero-hop ({@code sendSelfAdvertisement}). */
    public void advertNow(boolean flood) {
        AdvertAppData appData = AdvertAppData.of(NodeType.REPEATER, name(),
                Optional.of(new AdvertAppData.Location(0, 0)));
        var advert = SimCrypto.advert(identity(), rtcNowUnique(), appData);
        if (flood) {
            sendFlood(advert, Duration.ZERO);
        } else {
            sendZeroHop(advert, Duration.ZERO);
        }
    }

    /** The admin and guest passwords (firmware defaults {@code password} and blank). */
    public void setPasswords(String admin, String guest) {
        server.setPasswords(Objects.requireNonNull(admin, "admin"), Objects.requireNonNull(guest, "guest"));
    }

    /** What {@code board.getBattMilliVolts()} reads from now on (4150 mV until set). */
    public void setBatteryMillivolts(int millivolts) {
        if (millivolts < 0 || millivolts > 65_535) {
            throw new IllegalArgumentException("battery millivolts must be 0..65535: " + millivolts);
        }
        server.setBatteryMillivolts(millivolts);
    }

    public int batteryMillivolts() {
        return server.batteryMillivolts();
    }

    /** Status and telemetry requests answered so far. */
    public long requestsAnswered() {
        return server.requestsAnswered();
    }

    /** Logins answered (accepted) so far. */
    public long loginsAnswered() {
        return server.loginsAnswered();
    }

    /** Drops every logged-in client from its access list, as a reboot or 32 newer logins would. */
    public void forgetClients() {
        server.forgetClients();
    }

    /** Seconds since the last {@link #start} (0 before). */
    long uptimeSeconds() {
        return bootedAt == null ? 0 : Duration.between(bootedAt, scheduler().now()).toSeconds();
    }

    @Override
    boolean onAnonRequest(Packet packet, AnonRequestPayload request) {
        return server.onAnonRequest(packet, request);
    }

    @Override
    boolean onPeerDatagram(Packet packet, PeerDatagram datagram) {
        return server.onPeerDatagram(packet, datagram);
    }

    @Override
    boolean allowPacketForward(Packet packet) {
        if (!packet.route().isFlood()) {
            return true;
        }
        int hops = packet.path().hopCount();
        if (packet.route() == RouteType.TRANSPORT_FLOOD || hops >= SimConstants.FLOOD_MAX_HOPS) {
            return false;
        }
        return !(packet.is(PayloadType.ADVERT) && hops >= SimConstants.FLOOD_MAX_ADVERT_HOPS);
    }

    private void scheduleLocalAdvert() {
        nextLocal.cancel();
        if (!settings.localAdvertInterval().isZero()) {
            nextLocal = scheduler().schedule(settings.localAdvertInterval(), () -> {
                advertNow(false);
                scheduleLocalAdvert();
            });
        }
    }

    /** A flood advert also restarts the local timer, so the two do not overlap ({@code MyMesh::loop}). */
    private void scheduleFloodAdvert() {
        if (!settings.floodAdvertInterval().isZero()) {
            nextFlood = scheduler().schedule(settings.floodAdvertInterval(), () -> {
                advertNow(true);
                scheduleFloodAdvert();
                scheduleLocalAdvert();
            });
        }
    }
}
