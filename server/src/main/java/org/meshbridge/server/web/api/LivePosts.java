package org.meshbridge.server.web.api;

import java.util.Objects;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.core.room.RoomListener;

/**
 * Turns every durable room post (from RF, the internet, a channel or the room itself) into a
 * {@code post} event for the accounts that may read the room. Runs on the scheduler thread and
 * only hands the event on.
 */
public final class LivePosts implements RoomListener {

    /** {@code {"type":"post","room":"lobby","post":{...}}}. */
    public record PostEvent(String type, String room, PostView post) {
    }

    private final LiveEvents live;

    public LivePosts(LiveEvents live) {
        this.live = Objects.requireNonNull(live, "live");
    }

    @Override
    public void onRoomEvent(RoomEvent event) {
        if (event instanceof RoomEvent.PostStored stored) {
            live.toRoom(stored.room(), new PostEvent("post", stored.room(), PostView.of(stored.post())));
        }
    }
}
