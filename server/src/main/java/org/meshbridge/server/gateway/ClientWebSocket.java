package org.meshbridge.server.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.meshbridge.core.time.Scheduler;

/**
 * One client connection to the server over the JDK's WebSocket: joins fragments (capped at
 * {@link GatewayProtocol#MAX_MESSAGE_BYTES}), sends one message at a time in order, and hands every
 * event to the client's {@link Scheduler}. {@link #send} and {@link #close} run on that scheduler.
 */
final class ClientWebSocket implements WebSocket.Listener {

    /** How long the opening handshake (TCP, TLS, upgrade) may take. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** What the connection reports, always on the client's scheduler. */
    interface Events {
        void onMessage(ClientWebSocket from, String text);

        /** The connection ended (closed by either side or failed); called once. */
        void onEnded(ClientWebSocket from, String reason);
    }

    private final Scheduler scheduler;
    private final Events events;
    private final StringBuilder partial = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WebSocket socket;
    private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);

    private ClientWebSocket(Scheduler scheduler, Events events) {
        this.scheduler = scheduler;
        this.events = events;
    }

    /** Opens a connection; the stage fails if the handshake does (refused, TLS, HTTP error). */
    static CompletableFuture<ClientWebSocket> connect(HttpClient http, URI server, Scheduler scheduler, Events events) {
        ClientWebSocket connection = new ClientWebSocket(scheduler, events);
        return http.newWebSocketBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .buildAsync(server, connection)
                .thenApply(webSocket -> {
                    connection.socket = webSocket;
                    return connection;
                });
    }

    /** True once the connection has ended (closed, failed, or {@link #close} called). */
    boolean hasEnded() {
        return ended.get();
    }

    /** Queues {@code text} behind earlier messages. */
    void send(String text) {
        WebSocket target = socket;
        sends = sends.thenCompose(previous -> target.sendText(text, true))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        end("send failed: " + rootMessage(failure));
                    }
                });
    }

    /** Sends a close frame after queued messages, then drops the connection. No more events after this. */
    void close(int code, String reason) {
        WebSocket target = socket;
        ended.set(true);
        sends.handle((done, failure) -> null)
                .thenCompose(previous -> target.sendClose(code, reason))
                .whenComplete((done, failure) -> target.abort());
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (partial.length() + data.length() > GatewayProtocol.MAX_MESSAGE_BYTES) {
            partial.setLength(0);
            webSocket.sendClose(CloseCode.MESSAGE_TOO_BIG.code(), "message too big")
                    .whenComplete((done, failure) -> webSocket.abort());
            end("the server sent a message over " + GatewayProtocol.MAX_MESSAGE_BYTES + " bytes");
            return null;
        }
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            scheduler.execute(() -> {
                if (!ended.get()) {
                    events.onMessage(this, message);
                }
            });
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
        webSocket.sendClose(CloseCode.UNSUPPORTED_DATA.code(), "binary messages are not supported")
                .whenComplete((done, failure) -> webSocket.abort());
        end("the server sent a binary message");
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        String why = CloseCode.fromCode(statusCode).map(code -> code.name().toLowerCase(java.util.Locale.ROOT))
                .orElse("code") + " " + statusCode + (reason.isEmpty() ? "" : ": " + reason);
        end("server closed the connection (" + why + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end("connection failed: " + rootMessage(error));
    }

    private void end(String reason) {
        if (ended.compareAndSet(false, true)) {
            scheduler.execute(() -> events.onEnded(this, reason));
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
