package org.meshbridge.server.web;

/** One upgraded WebSocket connection, as an endpoint sees it. Safe to use from any thread. */
public interface WebSocketSession {

    /** The peer's address for logs, e.g. {@code 203.0.113.7:51234}. */
    String remoteAddress();

    /** Sends one text message; dropped silently once the connection is closing. */
    void sendText(String text);

    /**
     * Sends a close frame with {@code code} and {@code reason} (cut to the 123 bytes a close frame
     * holds) and closes the connection once it is written. Idempotent.
     */
    void close(int code, String reason);
}
