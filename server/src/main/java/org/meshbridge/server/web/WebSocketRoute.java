package org.meshbridge.server.web;

import java.util.Objects;

/**
 * A path that accepts a WebSocket upgrade ({@code GET} with {@code Upgrade: websocket}) and hands
 * each connection to {@code endpoint}. Text messages only: a binary message closes the connection
 * with 1003, a message over {@code maxMessageBytes} (after joining fragments) with 1009. Any other
 * request on the path gets a JSON error (405 for another method, 426 without the upgrade headers).
 */
public record WebSocketRoute(String path, int maxMessageBytes, WebSocketEndpoint endpoint) {

    public WebSocketRoute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(endpoint, "endpoint");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive: " + maxMessageBytes);
        }
    }
}
