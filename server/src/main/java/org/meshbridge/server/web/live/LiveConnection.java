package org.meshbridge.server.web.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshbridge.server.web.SharedText;
import org.meshbridge.server.web.WebSocketEndpoint;
import org.meshbridge.server.web.WebSocketSession;

/**
 * One live client: its session, who it is, and which rooms it asked for. Everything but
 * {@link #wants} and {@link #send} runs on the session's executor; the subscription is replaced
 * as a whole and read through a volatile field.
 */
final class LiveConnection implements WebSocketEndpoint.Connection {

    private final LiveHub hub;
    private final WebSocketSession session;
    private final LiveViewer viewer;
    /** Empty: every readable room. */
    private volatile Optional<Set<String>> rooms = Optional.empty();

    LiveConnection(LiveHub hub, WebSocketSession session, LiveViewer viewer) {
        this.hub = hub;
        this.session = session;
        this.viewer = viewer;
    }

    WebSocketSession session() {
        return session;
    }

    LiveViewer viewer() {
        return viewer;
    }

    /** True if this client should get an event for {@code audience}. */
    boolean wants(Audience audience) {
        if (audience instanceof Audience.Room room) {
            Optional<Set<String>> subscribed = rooms;
            return (subscribed.isEmpty() || subscribed.get().contains(room.name())) && viewer.canRead(room.name());
        }
        if (audience instanceof Audience.Account account) {
            return viewer.name().equals(account.name());
        }
        if (audience instanceof Audience.Admins) {
            return viewer.isAdmin();
        }
        return true;
    }

    boolean send(SharedText text) {
        return session.send(text);
    }

    @Override
    public void onText(String text) {
        LiveRequest request;
        try {
            request = hub.parser().parse(text);
        } catch (LiveRequestException e) {
            reply(Optional.empty(), "error", fields("error", "bad_request", "message", e.getMessage()));
            return;
        }
        if (request instanceof LiveRequest.Subscribe subscribe) {
            subscribe(subscribe);
        } else if (request instanceof LiveRequest.Ping ping) {
            reply(ping.id(), "pong", fields());
        }
    }

    private void subscribe(LiveRequest.Subscribe subscribe) {
        if (subscribe.rooms().isEmpty()) {
            rooms = Optional.empty();
            reply(subscribe.id(), "subscribed", fields("rooms", "*", "refused", List.of()));
            return;
        }
        List<String> granted = subscribe.rooms().get().stream().filter(viewer::canRead).sorted().toList();
        List<String> refused = subscribe.rooms().get().stream().filter(r -> !viewer.canRead(r)).sorted().toList();
        rooms = Optional.of(Set.copyOf(granted));
        reply(subscribe.id(), "subscribed", fields("rooms", granted, "refused", refused));
    }

    /** Sends {@code {"type": type, ...fields, "id": id}} to this client only. */
    void reply(Optional<String> id, String type, Map<String, Object> fields) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.putAll(fields);
        id.ifPresent(value -> message.put("id", value));
        session.sendText(hub.encode(message));
    }

    /** {@code keyValues} as an insertion-ordered map, so that replies read the same every time. */
    static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put((String) keyValues[i], keyValues[i + 1]);
        }
        return fields;
    }

    @Override
    public void onClose() {
        hub.remove(this);
    }
}
