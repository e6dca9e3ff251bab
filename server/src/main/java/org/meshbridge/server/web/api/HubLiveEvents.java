package org.meshbridge.server.web.api;

import java.util.Objects;
import org.meshbridge.server.web.live.Audience;
import org.meshbridge.server.web.live.LiveEvent;
import org.meshbridge.server.web.live.LiveHub;

/** The resources' live events, published on {@code /ws} through the {@link LiveHub}. Any thread, non-blocking. */
public final class HubLiveEvents implements LiveEvents {

    private final LiveHub hub;

    public HubLiveEvents(LiveHub hub) {
        this.hub = Objects.requireNonNull(hub, "hub");
    }

    @Override
    public void toRoom(String room, Object event) {
        hub.publish(LiveEvent.room(room, event));
    }

    @Override
    public void toAccount(String account, Object event) {
        hub.publish(new LiveEvent(Audience.account(account), event));
    }

    @Override
    public void toAll(Object event) {
        hub.publish(LiveEvent.everyone(event));
    }
}
