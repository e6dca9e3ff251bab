package org.meshbridge.core.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.time.Scheduler;

/**
 * The links attached to the node and the state each last reported. Links come and go at run time
 * (remote gateways connect and disconnect); a link counts as usable only while its last reported
 * state is {@link LinkState.Up}. Confined to the scheduler thread.
 */
final class RadioPorts {

    private final Map<String, LinkPort> ports = new LinkedHashMap<>();
    private final Map<String, LinkState> states = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if a link with the same id is attached */
    void add(LinkPort port) {
        if (ports.putIfAbsent(port.id(), port) != null) {
            throw new IllegalArgumentException("a link with id " + port.id() + " is already attached");
        }
        states.put(port.id(), new LinkState.Connecting());
    }

    Optional<LinkPort> remove(String linkId) {
        states.remove(linkId);
        return Optional.ofNullable(ports.remove(linkId));
    }

    /** True while {@code port} itself (not a later link with its id) is attached. */
    boolean isAttached(LinkPort port) {
        return ports.get(port.id()) == port;
    }

    /** Records the state {@code port} reported, if it is still attached. */
    void stateChanged(LinkPort port, LinkState state) {
        if (isAttached(port)) {
            states.put(port.id(), state);
        }
    }

    /**
     * Starts {@code port}'s link: its frames and state changes are handed to the scheduler thread
     * and, while the port is attached, to {@code frames} and {@code stateEvents}. The state the link
     * reports at once is taken as its current one.
     */
    void start(LinkPort port, Scheduler scheduler, Consumer<ReceivedFrame> frames, BiConsumer<String, LinkState> stateEvents) {
        port.link().start(new RadioLink.Listener() {
            @Override
            public void onReceive(ReceivedFrame frame) {
                scheduler.execute(() -> {
                    if (isAttached(port)) {
                        frames.accept(frame);
                    }
                });
            }

            @Override
            public void onStateChange(LinkState state) {
                scheduler.execute(() -> {
                    if (isAttached(port)) {
                        stateChanged(port, state);
                        stateEvents.accept(port.id(), state);
                    }
                });
            }
        });
        stateChanged(port, port.link().state());
    }

    /** Each attached link's last reported state, in attach order. */
    Map<String, LinkState> states() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    List<LinkPort> all() {
        return List.copyOf(ports.values());
    }

    /** The links that are up, in attach order. */
    List<LinkPort> up() {
        List<LinkPort> up = new ArrayList<>(ports.size());
        for (LinkPort port : ports.values()) {
            if (states.get(port.id()).isUp()) {
                up.add(port);
            }
        }
        return up;
    }

    boolean anyUp() {
        return ports.keySet().stream().anyMatch(id -> states.get(id).isUp());
    }

    /** The named link if it is attached and up. */
    Optional<LinkPort> upById(String linkId) {
        LinkPort port = ports.get(linkId);
        return port != null && states.get(linkId).isUp() ? Optional.of(port) : Optional.empty();
    }

    /** The named link, else the first attached one (for timings). */
    Optional<LinkPort> byIdOrFirst(String linkId) {
        LinkPort port = ports.get(linkId);
        return port != null ? Optional.of(port) : ports.values().stream().findFirst();
    }
}
