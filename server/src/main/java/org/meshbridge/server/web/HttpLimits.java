package org.meshbridge.server.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Size and time caps of the HTTP listener ({@code server.limits}).
 *
 * @param maxBodyBytes          largest request body; a larger one gets a JSON 413
 * @param maxWebSocketMessageBytes largest WebSocket message (after joining fragments) on any
 *                              route; a route asking for more is capped to this; a larger message
 *                              closes the connection with 1009
 * @param idleTimeout           a connection with no traffic either way for this long is closed
 * @param requestTimeout        a request whose head and body have not fully arrived this long
 *                              after its first byte (a slow or stalled client) gets a 408 and is closed
 */
public record HttpLimits(int maxBodyBytes, int maxWebSocketMessageBytes, Duration idleTimeout, Duration requestTimeout) {

    public static final HttpLimits DEFAULTS = new HttpLimits(64 * 1024, 64 * 1024, Duration.ofSeconds(60),
            Duration.ofSeconds(30));

    public HttpLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxBodyBytes < 1 || maxWebSocketMessageBytes < 1) {
            throw new IllegalArgumentException("size caps must be positive");
        }
        if (idleTimeout.toMillis() < 1 || requestTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeouts must be at least 1 ms");
        }
    }
}
