package org.meshbridge.server.web.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket client of {@code /ws} that records every message and how the connection ended. */
final class LiveClient implements WebSocket.Listener {

    /** How a connection ended: the close code and reason, or -1 and the error. */
    record Closed(int code, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects with the token in the subprotocol, the way a browser does, and waits for the welcome. */
    static LiveClient connect(int port, String token) throws Exception {
        LiveClient client = open(HTTP.newWebSocketBuilder().subprotocols(LiveHub.SUBPROTOCOL, "bearer." + token),
                "ws://127.0.0.1:" + port + LiveHub.PATH);
        client.expect("welcome");
        return client;
    }

    /** Connects with {@code builder} to {@code uri} (handshake only). */
    static LiveClient open(WebSocket.Builder builder, String uri) throws Exception {
        LiveClient client = new LiveClient();
        client.socket = builder.buildAsync(URI.create(uri), client).get(10, TimeUnit.SECONDS);
        return client;
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** The next message, failing the test after ten seconds. */
    JsonNode next() throws InterruptedException {
        JsonNode message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    /** The next message, which must have {@code type}. */
    JsonNode expect(String type) throws InterruptedException {
        JsonNode message = next();
        if (!type.equals(message.path("type").asText())) {
            throw new AssertionError("expected a " + type + " message, got " + message);
        }
        return message;
    }

    Closed awaitClose() throws Exception {
        return closed.get(10, TimeUnit.SECONDS);
    }

    void close() {
        socket.abort();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                closed.completeExceptionally(e);
            }
            partial.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(-1, String.valueOf(error)));
    }
}
