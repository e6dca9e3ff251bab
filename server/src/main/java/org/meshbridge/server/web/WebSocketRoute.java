package org.meshbridge.server.web;

import java.util.Objects;

/**
 * A path that accepts a WebSocket upgrade ({@code GET} with {@code Upgrade: websocket}), asks its
 * {@link WebSocketAdmission} whether the request may go ahead, and hands each accepted connection
 * to the endpoint the admission chose. Text messages only: a binary message closes the connection
 * with 1003, a message over {@link WebSocketLimits#maxMessageBytes()} (after joining fragments)
 * with 1009. Any other request on the path gets a JSON error (405 for another method, 426 without
 * the upgrade headers, or what the admission refused with).
 */
public record WebSocketRoute(String path, WebSocketLimits limits, WebSocketAdmission admission) {

    public WebSocketRoute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(admission, "admission");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    /** A route that admits every upgrade to {@code endpoint}, with only a message size cap. */
    public WebSocketRoute(String path, int maxMessageBytes, WebSocketEndpoint endpoint) {
        this(path, WebSocketLimits.messages(maxMessageBytes), WebSocketAdmission.everyone(endpoint));
    }

    /** The largest inbound message. */
    public int maxMessageBytes() {
        return limits.maxMessageBytes();
    }

    /** This route with {@code newLimits}. */
    public WebSocketRoute withLimits(WebSocketLimits newLimits) {
        return new WebSocketRoute(path, newLimits, admission);
    }
}
