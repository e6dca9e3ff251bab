package org.meshbridge.server.web.live;

import java.util.Objects;

/**
 * One event to publish: who may see it and its body, any value Jackson writes as a JSON object
 * with a non-empty string {@code type} (a record or a map). The hub serialises the body once.
 *
 * <pre>{@code
 * hub.publish(LiveEvent.room("lobby", new PostEvent("post", "lobby", "alice", "hi", time)));
 * }</pre>
 */
public record LiveEvent(Audience audience, Object body) {

    public LiveEvent {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(body, "body");
    }

    /** An event for the readers of {@code room}. */
    public static LiveEvent room(String room, Object body) {
        return new LiveEvent(Audience.room(room), body);
    }

    /** An event for every viewer. */
    public static LiveEvent everyone(Object body) {
        return new LiveEvent(Audience.everyone(), body);
    }

    /** An event for the clients of account {@code name} only. */
    public static LiveEvent account(String name, Object body) {
        return new LiveEvent(Audience.account(name), body);
    }

    /** An event for administrators. */
    public static LiveEvent admins(Object body) {
        return new LiveEvent(Audience.admins(), body);
    }
}
