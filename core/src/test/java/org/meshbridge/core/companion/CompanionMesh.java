package org.meshbridge.core.companion;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.bridge.ChannelRoom;
import org.meshbridge.core.bridge.ChannelRoomConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.ForwardingConfig;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.sim.LinkQuality;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.radio.sim.SimulatedAir;
import org.meshbridge.core.radio.sim.SimulatedRadioLink;
import org.meshbridge.core.room.InMemoryAclStore;
import org.meshbridge.core.room.InMemoryPostStore;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.RoomConfig;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.room.RoomHost;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * On the virtual clock: the bridge node with a hosted room ({@value #LOBBY}) and the companions of
 * alice and bob; Dana, an RF companion; and a second node, "remote", hosting the room
 * {@value #REMOTE} reachable only over RF. All three radios hear each other.
 */
final class CompanionMesh {

    static final String LOBBY = "lobby";
    static final String REMOTE = "far-room";
    static final String PUBLIC_ROOM = "public";
    static final String PASSWORD = "guestpw";
    static final ChannelKey CLUB = ChannelKey.hashtag("#club");

    final ManualScheduler scheduler = new ManualScheduler();
    final SimulatedAir air;
    final MeshNode node;
    final Rooms rooms;
    final InMemoryPostStore posts;
    final RoomEvents events;
    /** The Public channel bridged as the room {@value #PUBLIC_ROOM}, internet posts transmitted. */
    final ChannelRoom publicRoom;
    final Room lobby;
    final Room remote;
    /** The second node: it hosts {@value #REMOTE}. */
    final MeshNode remoteNode;
    final VirtualCompanions companions;
    final VirtualCompanion alice;
    final VirtualCompanion bob;
    final SimCompanion dana;

    CompanionMesh(long seed) {
        this(seed, false);
    }

    /** With {@code remoteRepeats}, the remote node also repeats (so it relays traces). */
    CompanionMesh(long seed, boolean remoteRepeats) {
        this(seed, remoteRepeats, AdvertSchedule.NONE);
    }

    /** With the bridge node advertising on {@code bridgeAdverts}. */
    CompanionMesh(long seed, boolean remoteRepeats, AdvertSchedule bridgeAdverts) {
        air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, new SplittableRandom(seed));
        node = node("bridge", seed, ForwardingConfig.OFF, bridgeAdverts);
        remoteNode = node("remote", seed + 1, remoteRepeats ? ForwardingConfig.REPEATER : ForwardingConfig.OFF,
                AdvertSchedule.NONE);
        dana = new SimCompanion("dana", SimIdentities.derive("dana", seed), air, new SplittableRandom(seed + 2),
                SimCompanion.Settings.QUIET);
        for (String[] pair : new String[][] {{"bridge", "dana"}, {"bridge", "remote"}, {"dana", "remote"}}) {
            air.setLinks(pair[0], pair[1], LinkQuality.perfect(24, -70));
        }
        RoomEvents events = new RoomEvents();
        InMemoryPostStore posts = new InMemoryPostStore(java.time.Clock.systemUTC());
        this.posts = posts;
        this.events = events;
        RoomHost host = new RoomHost(node, scheduler, posts, new InMemoryAclStore(), new SplittableRandom(seed), events);
        rooms = new Rooms(host);
        Rooms remoteRooms = new Rooms(new RoomHost(remoteNode, scheduler, new InMemoryPostStore(java.time.Clock.systemUTC()),
                new InMemoryAclStore(), new SplittableRandom(seed + 3), new RoomEvents()));
        companions = new VirtualCompanions(node, scheduler, posts, events, List.of(
                new ChannelSlot("Public", ChannelKey.PUBLIC, true), new ChannelSlot("club", CLUB, false)));
        node.start();
        remoteNode.start();
        dana.start();
        lobby = rooms.open(RoomConfig.of(LOBBY, SimIdentities.derive(LOBBY, seed), PASSWORD, "adminpw")
                .withAdverts(AdvertSchedule.NONE));
        remote = remoteRooms.open(RoomConfig.of(REMOTE, SimIdentities.derive(REMOTE, seed), PASSWORD, "adminpw")
                .withAdverts(AdvertSchedule.NONE));
        companions.addRoom(lobby);
        publicRoom = ChannelRoom.open(ChannelRoomConfig.listening(PUBLIC_ROOM, ChannelKey.PUBLIC).withTransmitInternet(true), host);
        rooms.add(publicRoom);
        companions.addChannelRoom(publicRoom);
        alice = companions.open("alice", SimIdentities.derive("alice", seed), "alice");
        bob = companions.open("bob", SimIdentities.derive("bob", seed), "bob");
    }

    private MeshNode node(String name, long seed, ForwardingConfig forwarding, AdvertSchedule adverts) {
        SimulatedRadioLink link = new SimulatedRadioLink(name, air);
        AirtimeScheduler airtime = new AirtimeScheduler(scheduler, link, AirtimeEstimator.lora(link.modulation()),
                AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 100)).withInternetShare(1.0));
        return MeshNode.builder(scheduler, SimIdentities.derive(name, seed)).config(NodeConfig.DEFAULT
                .withAdverts(adverts).withForwarding(forwarding)).random(new SplittableRandom(seed ^ 0x5EED)).link(link, airtime).build();
    }

    /** Everyone floods an advert, so all know each other. */
    void introduce() {
        dana.advertNow(true);
        run(Duration.ofSeconds(10));
        alice.advert(true);
        run(Duration.ofSeconds(10));
        remote.advertNow(true);
        run(Duration.ofSeconds(10));
    }

    void run(Duration duration) {
        scheduler.advance(duration);
    }
}
