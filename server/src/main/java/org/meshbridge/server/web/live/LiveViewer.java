package org.meshbridge.server.web.live;

import java.time.Instant;

/**
 * Who is on the other end of a live connection, as far as the hub needs to know: the
 * authenticated account seen through what it may read. Called on Netty threads for every event,
 * so answers must be quick, non-blocking and thread-safe; they are asked again for each event,
 * so a permission change applies to the next event.
 */
public interface LiveViewer {

    /** The account name, for logs and the {@code welcome} message. */
    String name();

    /** True if this account may read room or channel {@code room}. */
    boolean canRead(String room);

    /** True if this account sees administrators' events (radio link, airtime, users). */
    default boolean isAdmin() {
        return false;
    }

    /**
     * True once this viewer's session has ended (token expiry): the hub then closes the connection
     * with {@link LiveHub#SESSION_ENDED_CLOSE_CODE} instead of sending it the next event.
     */
    default boolean expired(Instant now) {
        return false;
    }
}
