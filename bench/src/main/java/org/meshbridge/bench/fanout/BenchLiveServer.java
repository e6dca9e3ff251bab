package org.meshbridge.bench.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.Routes;
import org.meshbridge.server.web.live.LiveEvent;
import org.meshbridge.server.web.live.LiveHub;
import org.meshbridge.server.web.live.LiveViewer;

/**
 * The server side of the fan-out benchmark while accounts and the REST post route are not merged
 * yet: meshbridge's {@link HttpServer} with the real {@link LiveHub} on {@code /ws}, one bearer
 * token (random, written to {@code --token-file}), and {@code POST /api/v1/rooms/bench/posts}
 * that publishes a {@code post} event for room {@code bench} the way the REST route will.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar org.meshbridge.bench.fanout.BenchLiveServer \
 *     --listen 127.0.0.1:0 --token-file /tmp/token
 * </pre>
 * Prints {@code listening on <port>} once bound; runs until killed.
 */
public final class BenchLiveServer {

    /** The room the benchmark posts to. */
    public static final String ROOM = "bench";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchLiveServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Set.of("--listen", "--token-file"));
        String listen = options.getOrDefault("--listen", "127.0.0.1:0");
        int colon = listen.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(listen.substring(0, colon),
                Integer.parseInt(listen.substring(colon + 1)));
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path tokenFile = Path.of(options.getOrDefault("--token-file", "bench-token"));
        Files.writeString(tokenFile, token + "\n", StandardCharsets.US_ASCII);

        LiveViewer viewer = new BenchViewer();
        LiveHub hub = new LiveHub(presented -> CompletableFuture.completedStage(constantTimeEquals(presented, token)
                ? Optional.of(viewer) : Optional.empty()));
        Route post = Route.of("/api/v1/rooms/" + ROOM + "/posts", Set.of(HttpMethod.POST),
                call -> CompletableFuture.completedFuture(post(call.request(), token, hub)));
        Route stats = Route.get("/bench/stats", request -> JsonResponse.ok(hub.stats()));
        HttpServer server = new HttpServer(address, Routes.of(post, stats),
                HttpOptions.loopbackOnly().withWebSocket(hub.route())).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hub.close();
            server.close();
            stopped.countDown();
        }, "bench-server-stop"));
        System.out.println("listening on " + server.port());
        System.out.flush();
        stopped.await();
    }

    private static JsonResponse post(FullHttpRequest request, String token, LiveHub hub) {
        String authorization = request.headers().get(HttpHeaderNames.AUTHORIZATION, "");
        if (!authorization.startsWith("Bearer ") || !constantTimeEquals(authorization.substring(7), token)) {
            return JsonResponse.error(HttpResponseStatus.UNAUTHORIZED, "unauthorized", "bearer token required");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.content().toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", "body is not JSON");
        }
        if (body == null || !body.path("text").isTextual()) {
            return JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", "expected {\"text\": ...}");
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "post");
        event.put("room", ROOM);
        event.put("author", "bench");
        event.put("text", body.path("text").textValue());
        event.put("time", Instant.now().toString());
        hub.publish(LiveEvent.room(ROOM, event));
        return new JsonResponse(HttpResponseStatus.CREATED, event, Map.of());
    }

    private static boolean constantTimeEquals(String presented, String token) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** The one account of the benchmark: reads the bench room. */
    private static final class BenchViewer implements LiveViewer {
        @Override
        public String name() {
            return "bench";
        }

        @Override
        public boolean canRead(String room) {
            return ROOM.equals(room);
        }
    }
}
