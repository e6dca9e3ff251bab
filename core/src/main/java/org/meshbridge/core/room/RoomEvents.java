package org.meshbridge.core.room;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room event stream: every room and channel room of a server publishes here, and the web,
 * MQTT and monitoring adapters subscribe. Subscribing is thread-safe; events are delivered on
 * the publisher's (scheduler) thread. A listener that throws is logged and does not stop the
 * others.
 */
public final class RoomEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RoomEvents.class);

    private final List<RoomListener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(RoomListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(RoomListener listener) {
        listeners.remove(listener);
    }

    /** Delivers {@code event} to every listener, in subscription order. */
    public void publish(RoomEvent event) {
        for (RoomListener l : listeners) {
            try {
                l.onRoomEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("room event listener {} failed on {}", l, event.getClass().getSimpleName(), e);
            }
        }
    }
}
