package org.meshbridge.core.room;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The room service integrations call (DESIGN §1): web, REST, MQTT and companion-over-TCP users
 * post here, and the rooms decide what goes on air. Rooms and channel rooms are added by the
 * composition root; {@link #post} and the read methods may be called from any thread.
 */
public final class Rooms {

    private final RoomHost host;
    private final Map<String, HostedRoom> rooms = new ConcurrentHashMap<>();

    public Rooms(RoomHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /** Opens a room server (on the scheduler thread). */
    public Room open(RoomConfig config) {
        Room room = Room.open(config, host);
        add(room);
        return room;
    }

    /**
     * Adds a room opened elsewhere (a channel room).
     *
     * @throws IllegalArgumentException if a room with that name exists
     */
    public void add(HostedRoom room) {
        if (rooms.putIfAbsent(room.name(), room) != null) {
            throw new IllegalArgumentException("a room named " + room.name() + " already exists");
        }
    }

    /**
     * Posts {@code text} by internet user {@code author} to {@code room}. Thread-safe.
     *
     * @return completes (on the scheduler thread) with the stored post once it is durable; fails
     *     with {@link IllegalArgumentException} for an unknown room or a bad post
     */
    public CompletionStage<Post> post(String room, String author, String text) {
        HostedRoom target = rooms.get(room);
        if (target == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no room named " + room));
        }
        CompletableFuture<Post> result = new CompletableFuture<>();
        host.scheduler().execute(() -> target.postFromInternet(author, text).whenComplete((post, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(post);
            }
        }));
        return result;
    }

    /** The room's newest posts, newest first (reads the store; thread-safe). */
    public List<Post> latest(String room, int limit) {
        return host.posts().latest(room, limit);
    }

    /** The hosted room names. */
    public List<String> names() {
        return rooms.keySet().stream().sorted().toList();
    }

    /** The event stream all rooms publish to. */
    public RoomEvents events() {
        return host.events();
    }
}
