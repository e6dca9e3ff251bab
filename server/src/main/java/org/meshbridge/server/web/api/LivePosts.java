package org.meshbridge.server.web.api;

import java.util.Objects;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.core.room.RoomListener;

/**
 * Turns every durable room post (from RF, the internet, a channel or the room itself) into a
 * {@code post} event, and every push an RF member ACKed (or never did) into a {@code delivery}
 * event, for the accounts that may read the room. Runs on the scheduler thread and
 * only hands the event on.
 */
public final class LivePosts implements RoomListener {

    /** {@code {"type":"post","room":"lobby","post":{...}}}. */
    public record PostEvent(String type, String room, PostView post) {
    }

    /**
     * {@code {"type":"delivery","room":"lobby","ts":1732540000,"client":"ab12...","part":1,"parts":1,"state":"delivered"}}:
     * an RF member ACKed a pushed post (or one part of it), or the push failed every attempt.
     */
    public record DeliveryEvent(String type, String room, long ts, String client, int part, int parts, String state) {
    }

    private final LiveEvents live;
    private final java.util.function.Function<String, java.util.Optional<String>> nodeNames;

    /** @param nodeNames an RF author's advertised name by node id */
    public LivePosts(LiveEvents live, java.util.function.Function<String, java.util.Optional<String>> nodeNames) {
        this.live = Objects.requireNonNull(live, "live");
        this.nodeNames = Objects.requireNonNull(nodeNames, "nodeNames");
    }

    @Override
    public void onRoomEvent(RoomEvent event) {
        if (event instanceof RoomEvent.PostStored stored) {
            live.toRoom(stored.room(), new PostEvent("post", stored.room(), PostView.of(stored.post(), nodeNames)));
        } else if (event instanceof RoomEvent.PushDelivered delivered) {
            live.toRoom(delivered.room(), new DeliveryEvent("delivery", delivered.room(), delivered.postTimestamp(),
                    delivered.client().hex(), delivered.part(), delivered.parts(), "delivered"));
        } else if (event instanceof RoomEvent.PushFailed failed) {
            live.toRoom(failed.room(), new DeliveryEvent("delivery", failed.room(), failed.postTimestamp(),
                    failed.client().hex(), 0, 0, "failed"));
        }
    }
}
