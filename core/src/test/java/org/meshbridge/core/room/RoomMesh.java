package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.FakeEndpoint;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.sim.LinkQuality;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.radio.sim.SimRepeater;
import org.meshbridge.core.radio.sim.SimulatedAir;
import org.meshbridge.core.radio.sim.SimulatedRadioLink;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * A room's world for scenario tests: meshbridge's node on a {@link SimulatedAir} (link
 * {@value #BRIDGE}), one firmware-like repeater {@value #REPEATER}, and companions that reach the
 * node only through it (two radio hops), all on one {@link ManualScheduler} and one seed. A
 * sniffer records every frame on the air. Public in the core test-jar, for the JDBC store tests.
 *
 * <pre>
 *   alice ─┐
 *   bob   ─┼─ r1 ── bridge (MeshNode hosting the rooms)
 *   carol ─┘   └─── probe nodes (MeshNode + FakeEndpoint, for raw requests)
 * </pre>
 */
public final class RoomMesh {

    /** The name of meshbridge's node on the air. */
    public static final String BRIDGE = "bridge";
    /** The repeater between the companions and the bridge. */
    public static final String REPEATER = "r1";

    /** One frame on the air. */
    public record Sent(String sender, Bytes frame, Instant at) {
        public Packet packet() {
            try {
                return Packet.decode(frame);
            } catch (MalformedFrameException e) {
                throw new AssertionError("undecodable frame on the air " + frame.hex(), e);
            }
        }

        public boolean is(PayloadType type) {
            return packet().is(type);
        }
    }

    /** A second software node with a {@link FakeEndpoint}, for requests the companions do not make. */
    public record Probe(MeshNode node, FakeEndpoint endpoint) {
        public LocalIdentity identity() {
            return endpoint.identity();
        }
    }

    public final long seed;
    public final ManualScheduler scheduler = new ManualScheduler();
    public final SimulatedAir air;
    public final MeshNode node;
    public final RoomEvents events = new RoomEvents();
    public final List<RoomEvent> heard = new ArrayList<>();
    public final List<Sent> sent = new ArrayList<>();
    public final SimRepeater repeater;
    private final SplittableRandom random;
    private final Map<String, SimCompanion> companions = new LinkedHashMap<>();
    private PostStore posts;
    private AclStore acls;

    public RoomMesh(long seed, PostStore posts, AclStore acls, String... companionNames) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.posts = posts;
        this.acls = acls;
        this.air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, random.split());
        air.addListener((sender, frame, at, toa) -> sent.add(new Sent(sender, frame, at)));
        this.node = softwareNode(BRIDGE);
        this.repeater = new SimRepeater(REPEATER, SimIdentities.derive(REPEATER, seed), air, random.split(),
                SimRepeater.Settings.QUIET);
        repeater.start();
        air.setLinks(REPEATER, BRIDGE, LinkQuality.good());
        for (String name : companionNames) {
            SimCompanion c = new SimCompanion(name, SimIdentities.derive(name, seed), air, random.split(),
                    SimCompanion.Settings.QUIET);
            c.start();
            air.setLinks(name, REPEATER, LinkQuality.good());
            companions.put(name, c);
        }
        events.addListener(heard::add);
    }

    /** The host rooms run on: the bridge node, the stores and the event stream. */
    public RoomHost host() {
        return new RoomHost(node, scheduler, posts, acls, new SplittableRandom(seed + 1), events);
    }

    /** A room config with the guest password "hello" and admin password "secret", no adverts of its own. */
    public RoomConfig config(String name) {
        return RoomConfig.of(name, SimIdentities.derive(name, seed), "hello", "secret").withAdverts(AdvertSchedule.NONE);
    }

    /** Opens the room and floods its advert so every companion has it as a contact. */
    public Room openAndAdvertise(RoomConfig config) {
        Room room = Room.open(config, host());
        introduce(room);
        return room;
    }

    /** Floods the room's advert and checks every companion added it. */
    public void introduce(Room room) {
        room.advertNow(true);
        run(Duration.ofSeconds(20));
        for (SimCompanion c : companions.values()) {
            assertThat(c.contact(room.name())).as("%s heard the advert of %s (seed %s)", c.name(), room.name(), seed).isPresent();
        }
    }

    /** Replaces the stores (a restart on the same database: pass the same ones). */
    public void useStores(PostStore newPosts, AclStore newAcls) {
        this.posts = newPosts;
        this.acls = newAcls;
    }

    public SimCompanion companion(String name) {
        SimCompanion c = companions.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no companion " + name);
        }
        return c;
    }

    /** A probe node one hop behind the repeater, whose endpoint knows {@code rooms}. */
    public Probe probe(String name, LocalIdentity... rooms) {
        MeshNode probeNode = softwareNode(name);
        air.setLinks(name, REPEATER, LinkQuality.good());
        FakeEndpoint endpoint = new FakeEndpoint(SimIdentities.derive(name + "-user", seed), ReplyStyle.COMPANION);
        for (LocalIdentity room : rooms) {
            endpoint.knowing(room.identity());
        }
        probeNode.register(endpoint);
        return new Probe(probeNode, endpoint);
    }

    public void run(Duration duration) {
        scheduler.advance(duration);
    }

    /** Frames the bridge put on the air with payload {@code type}, from {@code since} on. */
    public long bridgeSent(PayloadType type, Instant since) {
        return sent.stream().filter(s -> s.sender().equals(BRIDGE) && !s.at().isBefore(since) && s.is(type)).count();
    }

    /** Events of one type, in order. */
    public <E extends RoomEvent> List<E> events(Class<E> type) {
        return heard.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private MeshNode softwareNode(String name) {
        SimulatedRadioLink link = new SimulatedRadioLink(name, air);
        AirtimeEstimator estimator = AirtimeEstimator.lora(link.modulation());
        AirtimeScheduler airtime = new AirtimeScheduler(scheduler, link, estimator,
                AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 100)).withInternetShare(0.25));
        MeshNode n = MeshNode.builder(scheduler, SimIdentities.derive(name, seed))
                .config(NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE))
                .link(link, airtime, estimator).random(random.split()).build();
        n.start();
        return n;
    }
}
