package org.meshbridge.server.web;

import java.util.concurrent.Executor;

/** One upgraded WebSocket connection, as an endpoint sees it. Safe to use from any thread. */
public interface WebSocketSession {

    /** The peer's address for logs, e.g. {@code 203.0.113.7:51234}. */
    String remoteAddress();

    /** Sends one text message; dropped silently once the connection is closing. */
    void sendText(String text);

    /**
     * Sends {@code text} (a view of the shared bytes, nothing copied or encoded). If the route bounds
     * the outbound buffer and this connection is over it, nothing is queued and the connection is
     * closed with {@link WebSocketLimits#SLOW_CLIENT_CLOSE_CODE} instead.
     *
     * @return false if the message was not queued (connection closing or too slow)
     */
    boolean send(SharedText text);

    /**
     * The thread that serves this connection. Sends and closes issued from it take effect
     * directly; from other threads they are queued to it. A publisher writing to many sessions
     * can group them by executor and run one task per executor.
     */
    Executor executor();

    /**
     * Sends a close frame with {@code code} and {@code reason} (cut to the 123 bytes a close frame
     * holds) and closes the connection once it is written. Idempotent.
     */
    void close(int code, String reason);
}
