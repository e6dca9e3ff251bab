package org.meshbridge.server.mqtt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto process for one test: its own config in a temp directory, loopback ports found
 * free, started and stopped (and started again on the same ports) by the test.
 */
public final class MosquittoBroker implements AutoCloseable {

    static final String BINARY = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
    private static final long START_SECONDS = 30;

    /** What the broker offers. */
    public record Options(Map<String, String> users, Optional<TlsFiles> tls, boolean webSocket, boolean persistent) {
        public static Options plain() {
            return new Options(Map.of(), Optional.empty(), false, false);
        }

        public Options withUsers(Map<String, String> logins) {
            return new Options(logins, tls, webSocket, persistent);
        }

        public Options withTls(TlsFiles files) {
            return new Options(users, Optional.of(files), webSocket, persistent);
        }

        public Options withWebSocket() {
            return new Options(users, tls, true, persistent);
        }

        /** Sessions and queued messages survive a restart (saved when the broker stops). */
        public Options withPersistence() {
            return new Options(users, tls, webSocket, true);
        }
    }

    /** The broker's certificate, key and the CA that signed it (PEM files). */
    public record TlsFiles(Path ca, Path cert, Path key, boolean requireClientCertificate) {
    }

    private final Path dir;
    private final Options options;
    private final int port;
    private final int tlsPort;
    private final int webSocketPort;
    private final List<String> log = new ArrayList<>();
    private Process process;

    private MosquittoBroker(Path dir, Options options) throws IOException {
        this.dir = dir;
        this.options = options;
        this.port = freePort();
        this.tlsPort = options.tls().isPresent() ? freePort() : 0;
        this.webSocketPort = options.webSocket() ? freePort() : 0;
    }

    /** Starts a broker with {@code options}, its files in {@code dir}. */
    public static MosquittoBroker start(Path dir, Options options) throws Exception {
        MosquittoBroker broker = new MosquittoBroker(dir, options);
        broker.writeConfig();
        broker.start();
        return broker;
    }

    /** The plain MQTT listener (always there, for the tests' own subscribers). */
    public int port() {
        return port;
    }

    /** The TLS listener, with {@link Options#withTls}. */
    public int tlsPort() {
        return tlsPort;
    }

    public int webSocketPort() {
        return webSocketPort;
    }

    /** {@code mqtt://127.0.0.1:port}. */
    public BrokerAddress address() {
        return BrokerAddress.parse("mqtt://127.0.0.1:" + port);
    }

    private void writeConfig() throws Exception {
        StringBuilder config = new StringBuilder();
        // Started as root, Mosquitto switches to this user: stay the test's user, who owns the temp files.
        config.append("user ").append(System.getProperty("user.name")).append('\n')
                .append("per_listener_settings false\nlog_dest stderr\n")
                .append(options.persistent() ? "persistence true\npersistence_location " + dir + "/\n" : "persistence false\n")
                .append("log_type error\nlog_type warning\nlog_type notice\nlog_type information\nlog_type subscribe\nconnection_messages true\n")
                .append("max_queued_messages 100000\n");
        if (options.users().isEmpty()) {
            config.append("allow_anonymous true\n");
        } else {
            Path passwords = dir.resolve("passwords");
            Files.writeString(passwords, "");
            for (var login : options.users().entrySet()) {
                Process p = new ProcessBuilder("mosquitto_passwd", "-b", passwords.toString(), login.getKey(),
                        login.getValue()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(START_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("mosquitto_passwd failed");
                }
            }
            config.append("allow_anonymous false\npassword_file ").append(passwords).append('\n');
        }
        config.append("listener ").append(port).append(" 127.0.0.1\n");
        options.tls().ifPresent(tls -> config.append("listener ").append(tlsPort).append(" 127.0.0.1\n")
                .append("cafile ").append(tls.ca()).append("\ncertfile ").append(tls.cert())
                .append("\nkeyfile ").append(tls.key()).append('\n')
                .append(tls.requireClientCertificate() ? "require_certificate true\n" : ""));
        if (options.webSocket()) {
            config.append("listener ").append(webSocketPort).append(" 127.0.0.1\nprotocol websockets\n");
        }
        Files.writeString(dir.resolve("mosquitto.conf"), config.toString());
    }

    /** Starts the process and waits until it says it runs. */
    public void start() throws Exception {
        process = new ProcessBuilder(BINARY, "-c", dir.resolve("mosquitto.conf").toString()).redirectErrorStream(true).start();
        BlockingQueue<Boolean> running = new LinkedBlockingQueue<>();
        Process current = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(current.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (log) {
                        log.add(line);
                    }
                    if (line.contains(" running")) {
                        running.add(true);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            running.add(false);
        }, "mosquitto-log");
        reader.setDaemon(true);
        reader.start();
        Boolean up = running.poll(START_SECONDS, TimeUnit.SECONDS);
        if (up == null || !up) {
            throw new IllegalStateException("mosquitto did not start: " + log());
        }
    }

    /** Stops the process (SIGTERM) and waits for it. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** What Mosquitto logged so far. */
    public String log() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
