package org.meshbridge.core.room;

/**
 * A subscriber to {@link RoomEvent}s. Called on the node's scheduler thread: return quickly,
 * never block, and hand work to your own thread.
 */
@FunctionalInterface
public interface RoomListener {

    void onRoomEvent(RoomEvent event);
}
