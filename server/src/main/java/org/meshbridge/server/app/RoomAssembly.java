package org.meshbridge.server.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import org.meshbridge.core.bridge.ChannelRoom;
import org.meshbridge.core.bridge.ChannelRoomConfig;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.RoomConfig;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.room.RoomHost;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.config.ChannelSettings;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.RoomSettings;
import org.meshbridge.server.config.StorageSettings;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.StoreOptions;
import org.meshbridge.server.store.Stores;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.ComponentState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store and the rooms of one run: opens the database (failing the start with one line),
 * opens the configured rooms and channel rooms (and the demo's lobby) on the node, applies
 * retention hourly, and closes the store last.
 */
final class RoomAssembly {

    /** How often the retention policy runs. */
    static final Duration RETENTION_INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(RoomAssembly.class);

    private final StorageSettings settings;
    private final Storage storage;
    private final List<RoomConfig> roomConfigs;
    private final List<ChannelRoomConfig> channelConfigs;
    private final List<Runnable> closers = new ArrayList<>();
    private final List<Room> hosted = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<ChannelRoom> channels = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Rooms rooms;
    private volatile Optional<DemoRoom> demoRoom = Optional.empty();
    private volatile boolean closed;
    private Cancellable retention = () -> false;

    private RoomAssembly(StorageSettings settings, Storage storage, List<RoomConfig> roomConfigs,
                         List<ChannelRoomConfig> channelConfigs) {
        this.settings = settings;
        this.storage = storage;
        this.roomConfigs = roomConfigs;
        this.channelConfigs = channelConfigs;
    }

    /**
     * Reads the rooms' keys and opens the store; nothing runs yet.
     *
     * @throws StartupException naming what to fix (the database, a key file)
     */
    static RoomAssembly open(MeshbridgeConfig config, Scheduler scheduler, SecureRandom keyRandom) {
        Path dataDir = config.node().dataDir();
        List<RoomConfig> roomConfigs = new ArrayList<>();
        for (int i = 0; i < config.rooms().size(); i++) {
            RoomSettings room = config.rooms().get(i);
            LocalIdentity identity = RoomIdentities.load(room, i, dataDir, keyRandom);
            RoomConfig roomConfig = new RoomConfig(room.name(), identity, room.location(), room.adminPassword(),
                    room.guestPassword(), room.allowReadOnly(), room.adverts(), room.maxClients(), Optional.empty());
            roomConfigs.add(roomConfig);
        }
        List<ChannelRoomConfig> channelConfigs = config.channels().stream()
                .map(RoomAssembly::channelConfig).toList();
        StorageSettings settings = config.storage();
        Storage storage;
        try {
            storage = Stores.open(settings.url(), StoreOptions.defaults().withClock(SchedulerClock.of(scheduler)));
        } catch (RuntimeException e) {
            throw new StartupException("cannot open storage.url " + settings.redactedUrl() + ": "
                    + e.getMessage().lines().findFirst().orElse(e.toString()), e);
        }
        return new RoomAssembly(settings, storage, List.copyOf(roomConfigs), channelConfigs);
    }

    private static ChannelRoomConfig channelConfig(ChannelSettings channel) {
        return ChannelRoomConfig.listening(channel.name(), channel.key()).withTransmitInternet(channel.transmitInternet());
    }

    /** Opens every room on {@code node}; on the scheduler thread, after the node started. */
    void start(MeshNode node, Scheduler scheduler, RandomGenerator random, Optional<DemoMesh> demo) {
        RoomHost host = new RoomHost(node, scheduler, storage.posts(), storage.acl(), random, new RoomEvents());
        Rooms opened = new Rooms(host);
        for (RoomConfig config : roomConfigs) {
            Room room = opened.open(config);
            hosted.add(room);
            closers.add(room::close);
        }
        for (ChannelRoomConfig config : channelConfigs) {
            ChannelRoom channel = ChannelRoom.open(config, host);
            opened.add(channel);
            channels.add(channel);
            closers.add(channel::close);
        }
        demo.ifPresent(mesh -> {
            DemoRoom lobby = DemoRoom.start(mesh, host, RadioAssembly.DEMO_SEED);
            opened.add(lobby.room());
            hosted.add(lobby.room());
            closers.add(lobby::close);
            demoRoom = Optional.of(lobby);
        });
        if (!settings.retention().keepsEverything()) {
            retention = scheduler.scheduleAtFixedRate(Duration.ZERO, RETENTION_INTERVAL, () -> applyRetention(scheduler.now()));
        }
        rooms = opened;
    }

    /** Runs off the scheduler thread: deletes wait for the writer. */
    private void applyRetention(Instant now) {
        CompletableFuture.runAsync(() -> {
            Map<String, Long> deleted = settings.retention().apply(storage.posts(), now);
            deleted.forEach((room, n) -> LOG.info("retention removed {} posts of room {}", n, room));
        }).exceptionally(e -> {
            LOG.warn("retention failed: {}", e.getMessage());
            return null;
        });
    }

    /** The configured room and channel names (the demo's lobby is added at start). */
    List<String> names() {
        List<String> names = new ArrayList<>();
        roomConfigs.forEach(r -> names.add(r.name()));
        channelConfigs.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The hosted rooms, once started. */
    Optional<Rooms> rooms() {
        return Optional.ofNullable(rooms);
    }

    /** The channel rooms opened by {@link #start}, for the virtual companions. */
    List<ChannelRoom> channelRooms() {
        return List.copyOf(channels);
    }

    /** The room servers opened by {@link #start} (not the channel rooms), for the virtual companions. */
    List<Room> hosted() {
        return List.copyOf(hosted);
    }

    /** The demo's lobby, once started in a demo run. */
    Optional<DemoRoom> demoRoom() {
        return demoRoom;
    }

    /** The open store. */
    Storage storage() {
        return storage;
    }

    /** Closes every room; on the scheduler thread, before the node closes. */
    void stopRooms() {
        retention.cancel();
        closers.forEach(Runnable::run);
        closers.clear();
    }

    /** Commits what is queued and closes the database; after the node stopped. */
    void closeStore() {
        closed = true;
        storage.close();
    }

    /** {@code /healthz}'s {@code store}: state, URL without its query string, posts waiting for the writer. */
    ComponentHealth health() {
        return new ComponentHealth(closed ? ComponentState.CLOSED : ComponentState.UP, settings.redactedUrl(),
                closed ? 0 : storage.queuedPosts());
    }
}
