package org.meshbridge.server.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker for one test: its own config in a temp directory, a free loopback port,
 * anonymous access, no persistence. Started with {@code /usr/sbin/mosquitto} (scripts/test
 * installs it); ready when it logs "running".
 */
final class MosquittoProcess implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final int port;

    private MosquittoProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a broker; fails where Mosquitto is not installed (scripts/test installs it). */
    static MosquittoProcess start(Path dir) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError(BINARY + " is missing: run scripts/test, which installs mosquitto");
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path config = dir.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "log_dest stderr\n");
        Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString()).redirectErrorStream(true).start();
        CompletableFuture<Void> running = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.contains(" running")) {
                        running.complete(null);
                    }
                }
                running.completeExceptionally(new IOException("mosquitto exited before it was running"));
            } catch (IOException e) {
                running.completeExceptionally(e);
            }
        }, "mosquitto-log");
        reader.setDaemon(true);
        reader.start();
        MosquittoProcess broker = new MosquittoProcess(process, port);
        try {
            running.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    int port() {
        return port;
    }

    String url() {
        return "mqtt://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
