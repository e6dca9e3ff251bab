package org.meshbridge.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Objects;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.core.room.RoomListener;

/**
 * Counts stored posts per room and origin ({@code meshbridge_room_messages_total}). Subscribed to
 * the rooms' event stream; counting is a lock-free increment, so it never holds up the scheduler
 * thread. The rooms are the configured ones, so the series are bounded.
 */
public final class RoomMessages implements RoomListener {

    static final String NAME = "meshbridge.room.messages";

    private final MeterRegistry registry;

    /** Registers zero series for every origin of each of {@code rooms}, so rates exist before the first post. */
    public RoomMessages(MeterRegistry registry, Collection<String> rooms) {
        this.registry = Objects.requireNonNull(registry, "registry");
        rooms.forEach(room -> {
            for (PostOrigin origin : PostOrigin.values()) {
                counter(room, origin);
            }
        });
    }

    @Override
    public void onRoomEvent(RoomEvent event) {
        if (event instanceof RoomEvent.PostStored stored) {
            counter(stored.room(), stored.post().origin()).increment();
        }
    }

    private Counter counter(String room, PostOrigin origin) {
        return Counter.builder(NAME).description("Posts stored, by room and where they came from")
                .tags("room", room, "origin", MeshMetrics.label(origin)).register(registry);
    }
}
