package org.meshbridge.server.companion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stock meshcore.js 1.13.0 {@code TCPConnection} in a node process ({@code oracles/mcjs-client.mjs}),
 * driven request by request; its pushes and connection events are queued for the test to take.
 * Every wait has a generous timeout, and a timeout fails the test.
 */
public final class MeshcoreJsClient implements AutoCloseable {

    public static final long TIMEOUT_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final OutputStream stdin;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    private MeshcoreJsClient(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(this::readLoop, "mcjs-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the client and waits until meshcore.js says it is connected (after its DeviceQuery). */
    public static MeshcoreJsClient connect(InetSocketAddress server) throws Exception {
        Process p = new ProcessBuilder("node", "mcjs-client.mjs", server.getHostString(), String.valueOf(server.getPort()))
                .directory(oracles().toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        MeshcoreJsClient client = new MeshcoreJsClient(p);
        client.awaitEvent("connected");
        return client;
    }

    static Path oracles() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("oracles/node_modules/@liamcottle/meshcore.js/package.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("meshcore.js is not installed in oracles/ (run scripts/test or npm ci in oracles/)");
        }
        return dir.resolve("oracles");
    }

    /** Calls {@code connection.op(args...)} and returns its result; fails if it rejects or times out. */
    public JsonNode call(String op, Object... args) throws Exception {
        JsonNode reply = request(op, args);
        if (reply.has("error")) {
            throw new AssertionError(op + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Calls {@code op} and returns the whole reply ({@code result} or {@code error}). */
    public JsonNode request(String op, Object... args) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode request = JSON.createObjectNode().put("id", id).put("op", op);
        ArrayNode array = request.putArray("args");
        for (Object a : args) {
            array.add(JSON.valueToTree(a));
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (stdin) {
            stdin.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        }
        return reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The next connection event or push; fails if none comes in time. */
    JsonNode nextEvent() throws InterruptedException {
        JsonNode e = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no event from meshcore.js within " + TIMEOUT_SECONDS + " s");
        }
        return e;
    }

    /** Waits for the push (or connection event) named {@code name}, skipping others. */
    public JsonNode awaitEvent(String name) throws InterruptedException {
        while (true) {
            JsonNode e = nextEvent();
            if (name.equals(e.path("name").asText()) || name.equals(e.path("event").asText())) {
                return e;
            }
        }
    }

    /** Events queued so far, without waiting. */
    java.util.List<JsonNode> drainEvents() {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        events.drainTo(out);
        return out;
    }

    private void readLoop() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode node = JSON.readTree(line);
                if (node.has("id") && pending.containsKey(node.get("id").asInt())) {
                    pending.remove(node.get("id").asInt()).complete(node);
                } else {
                    events.add(node);
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
