package org.meshbridge.server.web.live;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A message a live client sends ({@link LiveRequestParser} reads them). */
public sealed interface LiveRequest {

    /** The client's correlation id, echoed in the answer; empty if it sent none. */
    Optional<String> id();

    /**
     * {@code {"type":"subscribe","rooms":["lobby"]}}: receive room events only for these rooms
     * (those the account cannot read are refused); without {@code rooms}, for every readable room,
     * as on connect.
     */
    record Subscribe(Optional<Set<String>> rooms, Optional<String> id) implements LiveRequest {
        public Subscribe {
            Objects.requireNonNull(rooms, "rooms");
            Objects.requireNonNull(id, "id");
            rooms = rooms.map(Set::copyOf);
        }
    }

    /** {@code {"type":"ping"}}: answered with {@code {"type":"pong"}}, an application-level liveness check. */
    record Ping(Optional<String> id) implements LiveRequest {
        public Ping {
            Objects.requireNonNull(id, "id");
        }
    }
}
