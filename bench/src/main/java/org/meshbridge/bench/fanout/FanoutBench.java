package org.meshbridge.bench.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The fan-out load generator. Phase 1: {@code --clients} WebSocket clients on meshbridge's
 * {@code /ws}, signed in with the token in {@code --token-file} or one from
 * {@code POST /api/v1/auth/login} with the {@code user:password} in {@code --login-file}, optionally from
 * {@code --source-addresses N} loopback addresses; each round posts once through
 * {@code POST --post-uri} with the bearer token and
 * times, per client, from just before the POST to the client's read of the event. Phase 2, the
 * reference: as many MQTT subscribers on {@code --mqtt}; each round publishes once (QoS 0) and
 * times the same way. The phases run one after the other (the WebSocket clients are closed first),
 * so the generator holds one phase's sockets at a time. Round 0 of each phase is a warm-up and is
 * not counted. Writes a markdown summary to stdout and {@code --results}/fanout.md.
 */
public final class FanoutBench {

    private static final Set<String> OPTIONS = Set.of("--ws-uri", "--post-uri", "--token-file", "--mqtt", "--clients",
            "--rounds", "--in-flight", "--server-pid", "--mosquitto-pid", "--results", "--loops", "--phases", "--login-file",
            "--source-addresses");
    private static final String TOPIC = "meshbridge-bench/fanout";
    private static final long ROUND_TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FanoutBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, OPTIONS);
        int clients = Integer.parseInt(options.getOrDefault("--clients", "10000"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
        int inFlight = Integer.parseInt(options.getOrDefault("--in-flight", "200"));
        int loops = Integer.parseInt(options.getOrDefault("--loops", "2"));
        String phases = options.getOrDefault("--phases", "ws,mqtt");
        Path results = Path.of(options.getOrDefault("--results", "."));
        List<String> report = new ArrayList<>();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(loops, NioIoHandler.newFactory());
        try {
            if (phases.contains("ws")) {
                report.addAll(webSockets(options, clients, rounds, inFlight, group));
            }
            if (phases.contains("mqtt")) {
                report.addAll(mqtt(options, clients, rounds, inFlight, group));
            }
        } finally {
            group.shutdownGracefully(0, 5, TimeUnit.SECONDS).await(30, TimeUnit.SECONDS);
        }
        Files.createDirectories(results);
        Files.write(results.resolve("fanout.md"), report, StandardCharsets.UTF_8);
        PrintStream out = System.out;
        report.forEach(out::println);
    }

    private static List<String> webSockets(Map<String, String> options, int clients, int rounds, int inFlight,
            EventLoopGroup group) throws Exception {
        URI ws = URI.create(required(options, "--ws-uri"));
        URI post = URI.create(required(options, "--post-uri"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String token = options.containsKey("--login-file")
                ? login(http, post, Files.readString(Path.of(options.get("--login-file")), StandardCharsets.UTF_8).strip())
                : Files.readString(Path.of(required(options, "--token-file")), StandardCharsets.US_ASCII).strip();
        int sourceAddresses = Integer.parseInt(options.getOrDefault("--source-addresses", "0"));
        long serverPid = Long.parseLong(options.getOrDefault("--server-pid", "0"));
        List<String> report = new ArrayList<>();
        Arrivals arrivals = new Arrivals(clients);
        try (WebSocketSubscribers subscribers = new WebSocketSubscribers(group, ws, token, arrivals, sourceAddresses)) {
            long start = System.nanoTime();
            subscribers.connect(clients, inFlight);
            double connectSeconds = (System.nanoTime() - start) / 1e9;
            report.add("## meshbridge /ws: " + subscribers.connected() + " WebSocket clients");
            report.add("");
            report.add(String.format(Locale.ROOT, "connected in %.1f s (%d handshakes in flight at most)",
                    connectSeconds, inFlight));
            if (serverPid > 0) {
                report.add("server heap with all connected: " + String.join("; ", ProcessMemory.heap(serverPid)));
                report.add("server resident: " + ProcessMemory.resident(serverPid));
            }
            report.add("");
            report.add("| round | received | p50 ms | p99 ms | max ms | POST answered ms |");
            report.add("|---|---|---|---|---|---|");
            List<Latency> measured = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                arrivals.arm(round);
                String body = "{\"text\":\"" + Arrivals.MARKER + round + "- sent " + System.currentTimeMillis() + "\"}";
                HttpRequest request = HttpRequest.newBuilder(post).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long sent = System.nanoTime();
                var response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                var answered = response.thenApply(r -> System.nanoTime());
                boolean all = arrivals.await(ROUND_TIMEOUT_SECONDS);
                int status = response.get(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS).statusCode();
                if (status / 100 != 2) {
                    throw new IllegalStateException("POST " + post + " answered " + status + ": "
                            + response.get().body());
                }
                Latency latency = Latency.of(sent, arrivals.times());
                double answerMillis = (answered.get() - sent) / 1e6;
                report.add(latency.row(round == 0 ? "0 (warm-up)" : Integer.toString(round))
                        + String.format(Locale.ROOT, " %.1f |", answerMillis) + (all ? "" : " (timed out)"));
                if (round > 0) {
                    measured.add(latency);
                }
                pause();
            }
            report.add(summary(measured) + " |");
            report.add("duplicates: " + arrivals.duplicates() + "; clients still connected: " + subscribers.connected());
            if (serverPid > 0) {
                report.add("server heap after the rounds: " + String.join("; ", ProcessMemory.heap(serverPid)));
                report.add("server heap after a full GC (live set): "
                        + String.join("; ", ProcessMemory.heapAfterGc(serverPid)));
                report.add("server resident: " + ProcessMemory.resident(serverPid));
            }
            report.add("");
        }
        return report;
    }

    private static List<String> mqtt(Map<String, String> options, int clients, int rounds, int inFlight,
            EventLoopGroup group) throws Exception {
        String broker = required(options, "--mqtt");
        int colon = broker.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(broker.substring(0, colon),
                Integer.parseInt(broker.substring(colon + 1)));
        long mosquittoPid = Long.parseLong(options.getOrDefault("--mosquitto-pid", "0"));
        List<String> report = new ArrayList<>();
        Arrivals arrivals = new Arrivals(clients);
        try (MqttSubscribers subscribers = new MqttSubscribers(group, address, TOPIC, arrivals)) {
            long start = System.nanoTime();
            subscribers.connect(clients, inFlight);
            double connectSeconds = (System.nanoTime() - start) / 1e9;
            report.add("## Mosquitto (reference): " + subscribers.subscribed() + " MQTT subscribers, QoS 0");
            report.add("");
            report.add(String.format(Locale.ROOT, "connected and subscribed in %.1f s", connectSeconds));
            if (mosquittoPid > 0) {
                report.add("mosquitto resident: " + ProcessMemory.resident(mosquittoPid));
            }
            report.add("");
            report.add("| round | received | p50 ms | p99 ms | max ms |");
            report.add("|---|---|---|---|---|");
            List<Latency> measured = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                arrivals.arm(round);
                long sent = System.nanoTime();
                subscribers.publish(Arrivals.MARKER + round + "- sent " + System.currentTimeMillis());
                boolean all = arrivals.await(ROUND_TIMEOUT_SECONDS);
                Latency latency = Latency.of(sent, arrivals.times());
                report.add(latency.row(round == 0 ? "0 (warm-up)" : Integer.toString(round))
                        + (all ? "" : " (timed out)"));
                if (round > 0) {
                    measured.add(latency);
                }
                pause();
            }
            report.add(summary(measured));
            report.add("duplicates: " + arrivals.duplicates());
            if (mosquittoPid > 0) {
                report.add("mosquitto resident: " + ProcessMemory.resident(mosquittoPid));
            }
            report.add("");
        }
        return report;
    }

    /** Signs in through the REST API of the server that serves {@code post}; returns the bearer token. */
    private static String login(HttpClient http, URI post, String userColonPassword) throws Exception {
        int colon = userColonPassword.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--login-file must hold user:password");
        }
        Map<String, String> credentials = Map.of("username", userColonPassword.substring(0, colon),
                "password", userColonPassword.substring(colon + 1));
        HttpRequest request = HttpRequest.newBuilder(post.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(credentials))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !body.path("token").isTextual()) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
        }
        return body.path("token").textValue();
    }

    /** The worst of the measured rounds: highest p50, p99 and max. */
    private static String summary(List<Latency> measured) {
        double p50 = measured.stream().mapToDouble(Latency::p50Millis).max().orElse(Double.NaN);
        double p99 = measured.stream().mapToDouble(Latency::p99Millis).max().orElse(Double.NaN);
        double max = measured.stream().mapToDouble(Latency::maxMillis).max().orElse(Double.NaN);
        int worstReceived = measured.stream().mapToInt(Latency::received).min().orElse(0);
        return String.format(Locale.ROOT, "| worst of %d | %d | %.1f | %.1f | %.1f |", measured.size(), worstReceived,
                p50, p99, max);
    }

    /** Lets the last round's writes and garbage settle before the next one. */
    private static void pause() throws InterruptedException {
        TimeUnit.SECONDS.sleep(2);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required; options: " + Arrays.toString(OPTIONS.toArray()));
        }
        return value;
    }
}
