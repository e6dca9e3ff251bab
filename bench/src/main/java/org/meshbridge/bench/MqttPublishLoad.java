package org.meshbridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.mqtt.BrokerAddress;
import org.meshbridge.server.mqtt.MqttBridge;
import org.meshbridge.server.mqtt.MqttVersion;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.HealthReport;
import org.meshbridge.server.web.RadioHealth;

/**
 * Load generator for the MQTT bridge (issue 7): starts its own Mosquitto on a free loopback
 * port, then pushes {@code MESSAGES} room-post-sized JSON messages through the whole durable path
 * — the bridge's outbox in a SQLite store, the ordered QoS 1 publish stream, the broker's
 * PUBACKs, the outbox deletes — and times until the broker has acknowledged the last one.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.meshbridge.bench.MqttPublishLoad [MESSAGES] [ROUNDS] [5|3.1.1]</pre>
 *
 * Prints one Markdown row per round and the median, in messages per second.
 */
public final class MqttPublishLoad {

    private static final String PAYLOAD_TEXT = "good morning mesh, this is a room post of ordinary length ✓";

    private MqttPublishLoad() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        MqttVersion version = args.length > 2 ? MqttVersion.fromCode(args[2]).orElseThrow() : MqttVersion.V5;
        Path dir = Files.createTempDirectory("mqtt-load");
        int port = freePort();
        Process broker = startMosquitto(dir, port);
        try {
            List<Double> rates = new ArrayList<>();
            System.out.println("| round | messages | seconds | messages/s |");
            System.out.println("|---|---|---|---|");
            for (int round = 0; round <= rounds; round++) {
                double rate = round(dir.resolve("round-" + round + ".db"), port, version, messages, round);
                if (round == 0) {
                    continue;
                }
                rates.add(rate);
            }
            rates.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "%nmedian of %d rounds (MQTT %s, QoS 1, durable outbox on SQLite): %.0f messages/s%n",
                    rounds, version.code(), rates.get(rates.size() / 2));
        } finally {
            broker.destroy();
            broker.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One round; round 0 is a warm-up and not printed. */
    private static double round(Path db, int port, MqttVersion version, int messages, int round) throws Exception {
        try (Storage storage = Stores.open("jdbc:sqlite:" + db)) {
            MqttSettings settings = MqttSettings.to(BrokerAddress.parse("mqtt://127.0.0.1:" + port)).withVersion(version)
                    .withOutboxLimit(messages + 10);
            MqttBridge bridge = MqttBridge.create(settings, "load-" + round, storage.outbox(), MqttPublishLoad::health,
                    Clock.systemUTC(), new SplittableRandom(round));
            bridge.start();
            bridge.whenStats(s -> s.connected()).get(30, TimeUnit.SECONDS);
            long base = bridge.stats().published();
            CompletableFuture<?> done = bridge.whenStats(s -> s.published() - base >= messages);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                bridge.publish("meshcore/messages/load", "{\"schema\":1,\"room\":\"load\",\"id\":" + i
                        + ",\"time\":\"2026-11-25T12:00:00.000Z\",\"author\":\"alice\",\"origin\":\"internet\",\"text\":\""
                        + PAYLOAD_TEXT + "\",\"stored_at\":\"2026-11-25T12:00:00.000Z\"}", false);
            }
            done.get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            bridge.close();
            double rate = messages / seconds;
            if (round > 0) {
                System.out.printf(Locale.ROOT, "| %d | %d | %.2f | %.0f |%n", round, messages, seconds, rate);
            }
            return rate;
        }
    }

    private static HealthReport health() {
        return new HealthReport(HealthReport.STATUS_OK, "bench", "run", 0, RadioHealth.NONE, null,
                ComponentHealth.NONE, ComponentHealth.NONE);
    }

    private static Process startMosquitto(Path dir, int port) throws IOException, InterruptedException {
        Path config = Files.writeString(dir.resolve("mosquitto.conf"), "user " + System.getProperty("user.name")
                + "\npersistence false\nlog_dest stderr\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
                + "max_queued_messages 0\nlistener " + port + " 127.0.0.1\nallow_anonymous true\n");
        String binary = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
        Process process = new ProcessBuilder(binary, "-c", config.toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.contains(" running")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException e) {
                        // the broker stopped
                    }
                }, "mosquitto-log");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("mosquitto did not start");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
