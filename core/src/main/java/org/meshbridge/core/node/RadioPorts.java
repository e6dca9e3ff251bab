package org.meshbridge.core.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.core.radio.LinkState;

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

    Optional<LinkState> state(String linkId) {
        return Optional.ofNullable(states.get(linkId));
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
