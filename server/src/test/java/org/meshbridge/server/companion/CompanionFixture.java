package org.meshbridge.server.companion;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.companion.ChannelSlot;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.node.AdvertSchedule;
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
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * A bridge on the real event-loop scheduler (real sockets need real time): a {@link MeshNode} on a
 * simulated air (fast LoRa settings) with one RF companion, Dana, in range; a hosted room
 * {@value #ROOM}; virtual companions for the given accounts, each with a loopback listener on port 0.
 * Waits are latches and futures with generous timeouts; nothing sleeps.
 */
final class CompanionFixture implements AutoCloseable {

    static final String ROOM = "lobby";
    static final String GUEST_PASSWORD = "guestpw";
    static final long SEED = 7;
    static final RadioParameters FAST = new RadioParameters(869_525_000L, 500_000, 7, 5);

    final EventLoopScheduler scheduler = new EventLoopScheduler("companion-test", Clock.systemUTC());
    final SimulatedAir air = new SimulatedAir(scheduler, FAST, new SplittableRandom(SEED));
    final MeshNode node;
    final RoomHost host;
    final Rooms rooms;
    final Room room;
    final VirtualCompanions companions;
    final SimCompanion dana;
    final List<CompanionListener> listeners = new ArrayList<>();

    CompanionFixture(String... accounts) throws Exception {
        SimulatedRadioLink link = new SimulatedRadioLink("bridge", air);
        AirtimeScheduler airtime = new AirtimeScheduler(scheduler, link, AirtimeEstimator.lora(link.modulation()),
                AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 100)).withInternetShare(1.0));
        node = MeshNode.builder(scheduler, SimIdentities.derive("bridge", SEED)).config(NodeConfig.DEFAULT
                .withAdverts(AdvertSchedule.NONE)).random(new SplittableRandom(SEED)).link(link, airtime).build();
        dana = new SimCompanion("dana", SimIdentities.derive("dana", SEED), air, new SplittableRandom(SEED + 1),
                SimCompanion.Settings.QUIET);
        air.setLinks("bridge", "dana", LinkQuality.perfect(40, -60));
        RoomEvents events = new RoomEvents();
        InMemoryPostStore posts = new InMemoryPostStore(Clock.systemUTC());
        host = new RoomHost(node, scheduler, posts, new InMemoryAclStore(), new SplittableRandom(SEED + 2), events);
        rooms = new Rooms(host);
        List<ChannelSlot> channels = List.of(new ChannelSlot("Public", ChannelKey.PUBLIC, true));
        companions = onLoop(() -> new VirtualCompanions(node, scheduler, posts, events, channels));
        room = onLoop(() -> {
            node.start();
            dana.start();
            Room r = rooms.open(RoomConfig.of(ROOM, SimIdentities.derive(ROOM, SEED), GUEST_PASSWORD, "adminpw")
                    .withAdverts(AdvertSchedule.NONE));
            companions.addRoom(r);
            return r;
        });
        CompanionDevice device = new CompanionDevice("test", FAST, 22, scheduler.now(), node::stats);
        for (String account : accounts) {
            VirtualCompanion c = onLoop(() -> companions.open(account, SimIdentities.derive(account, SEED), account));
            listeners.add(new CompanionListener(new InetSocketAddress("127.0.0.1", 0), Optional.empty(), List.of(),
                    scheduler, account, () -> Optional.of(c), device).start());
        }
    }

    InetSocketAddress address(String account) {
        return listeners.stream().filter(l -> l.account().equals(account)).findFirst().orElseThrow().address();
    }

    VirtualCompanion companion(String account) {
        return companions.get(account).orElseThrow();
    }

    /** Runs {@code task} on the scheduler thread and returns its result. */
    <T> T onLoop(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduler.execute(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(MeshcoreJsClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Completes once {@code condition} holds, checked on the scheduler thread after every 20 ms of its clock. */
    void await(String what, BooleanSupplier condition) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        scheduler.execute(() -> check(condition, done));
        try {
            done.get(MeshcoreJsClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private void check(BooleanSupplier condition, CompletableFuture<Void> done) {
        if (condition.getAsBoolean()) {
            done.complete(null);
        } else if (!done.isDone()) {
            scheduler.schedule(Duration.ofMillis(20), () -> check(condition, done));
        }
    }

    @Override
    public void close() {
        listeners.forEach(CompanionListener::close);
        scheduler.close();
    }
}
