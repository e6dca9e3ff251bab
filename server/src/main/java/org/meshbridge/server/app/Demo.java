package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.HealthEndpoint;
import org.meshbridge.server.web.HealthReport;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.ListenException;
import org.meshbridge.server.web.Routes;

/**
 * A demo run: what {@code meshbridge} starts when there is no config. Today that is the HTTP
 * listener with {@code /healthz}; there is no radio, no store and no MQTT yet, and health says so.
 */
public final class Demo implements AutoCloseable {

    /** The run mode reported by {@code /healthz}. */
    public static final String MODE = "demo";

    private final HttpServer http;
    private final LongSupplier nanoTime;
    private final long startedNanos;

    private Demo(InetSocketAddress listen, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedNanos = nanoTime.getAsLong();
        this.http = new HttpServer(listen, Routes.of(HealthEndpoint.route(this::health)));
    }

    /**
     * Starts serving on {@code settings.listen()}.
     *
     * @param nanoTime a monotonic clock in nanoseconds, used for uptime ({@code System::nanoTime})
     * @throws StartupException if the listener cannot bind
     */
    public static Demo start(DemoSettings settings, LongSupplier nanoTime) {
        Objects.requireNonNull(settings, "settings");
        Demo demo = new Demo(settings.listen(), Objects.requireNonNull(nanoTime, "nanoTime"));
        try {
            demo.http.start();
        } catch (ListenException e) {
            throw new StartupException(e.getMessage(), e);
        }
        return demo;
    }

    /** The address HTTP is bound to (the real port when started on port 0). */
    public InetSocketAddress httpAddress() {
        return http.address();
    }

    /** The current health report. */
    public HealthReport health() {
        long uptimeSeconds = TimeUnit.NANOSECONDS.toSeconds(nanoTime.getAsLong() - startedNanos);
        return new HealthReport(HealthReport.STATUS_OK, BuildInfo.version(), MODE, uptimeSeconds,
                ComponentHealth.NONE, ComponentHealth.NONE, ComponentHealth.DISABLED);
    }

    /** The lines printed at start: what runs, what does not yet, and where to look. */
    public List<String> banner() {
        InetSocketAddress bound = httpAddress();
        String host = bound.getAddress().getHostAddress();
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
        return List.of(
                "meshbridge " + BuildInfo.version(),
                "DEMO: no config file given, so this is a demo (use 'meshbridge run --config FILE' for a real node).",
                "DEMO: simulated mesh not running yet: it arrives with the node; no radio, no store, no MQTT.",
                "HTTP listening on " + url + " (health: " + url + HealthEndpoint.PATH + ")",
                "Press Ctrl-C to stop.");
    }

    /** Completes when the demo has stopped. */
    public CompletableFuture<Void> stopped() {
        return http.closed();
    }

    /** Stops the listener and releases the port. Idempotent. */
    @Override
    public void close() {
        http.close();
    }
}
