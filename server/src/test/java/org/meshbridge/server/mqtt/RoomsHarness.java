package org.meshbridge.server.mqtt;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.RoomConfig;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.room.RoomHost;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.HealthReport;
import org.meshbridge.server.web.RadioHealth;

/**
 * A real node without a radio, hosting room {@code lobby} on a real SQLite store, on a real event
 * loop: what the MQTT bridge attaches to in the tests.
 */
final class RoomsHarness implements AutoCloseable {

    static final String ROOM = "lobby";

    final EventLoopScheduler scheduler = new EventLoopScheduler("test-core", Clock.systemUTC());
    final Storage storage;
    private final MeshNode node;
    private final Rooms rooms;

    RoomsHarness(Path dir) throws Exception {
        this(Stores.open("jdbc:sqlite:" + dir.resolve("test.db")));
    }

    RoomsHarness(Storage storage) throws Exception {
        this.storage = storage;
        this.node = MeshNode.builder(scheduler, SimIdentities.derive("mqtt-test-node", 1)).random(new SplittableRandom(3)).build();
        RoomHost host = new RoomHost(node, scheduler, storage.posts(), storage.acl(), new SplittableRandom(7),
                new RoomEvents());
        this.rooms = new Rooms(host);
        CompletableFuture<Void> opened = new CompletableFuture<>();
        scheduler.execute(() -> {
            node.start();
            rooms.open(RoomConfig.of(ROOM, SimIdentities.derive(ROOM, 1), "hello", "secret")
                    .withAdverts(AdvertSchedule.NONE));
            opened.complete(null);
        });
        opened.get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    Rooms rooms() {
        return rooms;
    }

    /** Posts as {@code author} and waits until the post is stored. */
    Post post(String author, String text) throws Exception {
        return rooms.post(ROOM, author, text).toCompletableFuture().get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The room's posts, oldest first. */
    List<Post> posts() {
        List<Post> latest = new java.util.ArrayList<>(rooms.latest(ROOM, 1000));
        java.util.Collections.reverse(latest);
        return latest;
    }

    /** A health report as the server would give it. */
    static HealthReport health() {
        return new HealthReport(HealthReport.STATUS_OK, "test", "run", 5, RadioHealth.NONE, null,
                new ComponentHealth(org.meshbridge.server.web.ComponentState.UP, "jdbc:sqlite:test.db", 0),
                ComponentHealth.DISABLED);
    }

    Optional<Rooms> roomsIfAny() {
        return Optional.of(rooms);
    }

    @Override
    public void close() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        scheduler.execute(() -> {
            node.close();
            closed.complete(null);
        });
        closed.get(MqttRecorder.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        scheduler.close();
        storage.close();
    }
}
