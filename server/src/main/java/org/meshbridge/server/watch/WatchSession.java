package org.meshbridge.server.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.alert.AlertJson;
import org.meshbridge.server.alert.AlertSink;
import org.meshbridge.server.alert.AlertSinks;
import org.meshbridge.server.alert.LogSink;
import org.meshbridge.server.alert.WebhookAlertSink;
import org.meshbridge.server.alert.WebhookSink;
import org.meshbridge.server.config.WebhookSettings;

/**
 * A running watchdog: the {@link Watchdog} on {@code scheduler}, its MQTT client, and its sinks
 * (the log always; each webhook; {@code {p}/alerts/...} when asked). What {@code meshbridge watch}
 * runs, and what tests run on a virtual clock against a real broker.
 */
public final class WatchSession implements AutoCloseable {

    private final Watchdog watchdog;
    private final WatchClient client;
    private final AlertSinks sinks;

    private WatchSession(Watchdog watchdog, WatchClient client, AlertSinks sinks) {
        this.watchdog = watchdog;
        this.client = client;
        this.sinks = sinks;
    }

    /**
     * Starts the watchdog (deaf until {@link #connect()} brings the first MQTT session up).
     *
     * @param extra more sinks (tests record alerts here)
     */
    public static WatchSession start(WatchSettings settings, Scheduler scheduler, List<AlertSink> extra) {
        List<AlertSink> list = new ArrayList<>();
        list.add(new LogSink());
        AlertJson json = new AlertJson(new ObjectMapper());
        for (WebhookSettings webhook : settings.webhooks()) {
            list.add(new WebhookAlertSink(new WebhookSink(webhook), json));
        }
        list.addAll(extra);
        // the MQTT client needs the watchdog and publishes its alerts: it joins the sinks once built
        List<AlertSink> publisher = new ArrayList<>(1);
        list.add(alert -> publisher.forEach(p -> p.deliver(alert)));
        AlertSinks sinks = new AlertSinks(list);
        Watchdog watchdog = new Watchdog(scheduler, settings.liveness(), sinks::onAlert);
        WatchClient client = new WatchClient(settings.broker(), settings.prefix(), settings.clientId(), settings.username(),
                settings.password().getBytes(StandardCharsets.UTF_8), settings.tls(), watchdog, json);
        if (settings.publishAlerts()) {
            publisher.add(client);
        }
        watchdog.start();
        return new WatchSession(watchdog, client, sinks);
    }

    /** Connects to the broker; completes when the first session is up (later ones reconnect by themselves). */
    public CompletableFuture<Void> connect() {
        return client.connect();
    }

    /** Why the last connection attempt failed, if one did: what to tell the operator while it is not up. */
    public Optional<Throwable> lastFailure() {
        return client.lastFailure();
    }

    public Watchdog watchdog() {
        return watchdog;
    }

    /** Disconnects, stops the checks and the webhooks. */
    @Override
    public void close() {
        client.close();
        watchdog.close();
        sinks.close();
    }
}
