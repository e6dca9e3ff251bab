package org.meshbridge.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.server.alert.WebhookSink;
import org.meshbridge.server.alert.WebhookStats;

/**
 * Alerts raised by kind ({@code meshbridge_alerts_total}) and each webhook's deliveries and queue
 * ({@code meshbridge_webhook_deliveries_total}, {@code meshbridge_webhook_queue_length}).
 */
public final class AlertMeters implements NodeRegistryListener {

    private final Map<AlertKind, Counter> raised = new EnumMap<>(AlertKind.class);

    /** Registers a zero counter per alert kind, and the counters of {@code webhooks}. */
    public AlertMeters(MeterRegistry registry, List<WebhookSink> webhooks) {
        Objects.requireNonNull(registry, "registry");
        for (AlertKind kind : AlertKind.values()) {
            raised.put(kind, Counter.builder("meshbridge.alerts").description("Alerts raised, by kind")
                    .tags("kind", kind.key()).register(registry));
        }
        for (WebhookSink webhook : webhooks) {
            outcome(registry, webhook, "delivered", WebhookStats::delivered);
            outcome(registry, webhook, "failed", WebhookStats::failed);
            outcome(registry, webhook, "dropped", WebhookStats::dropped);
            outcome(registry, webhook, "retried", WebhookStats::retries);
            Gauge.builder("meshbridge.webhook.queue.length", webhook, w -> w.stats().queued())
                    .description("Alerts waiting for or in delivery to a webhook").tags("webhook", webhook.name())
                    .strongReference(true).register(registry);
        }
    }

    private static void outcome(MeterRegistry registry, WebhookSink webhook, String outcome,
                                java.util.function.ToLongFunction<WebhookStats> value) {
        FunctionCounter.builder("meshbridge.webhook.deliveries", webhook, w -> value.applyAsLong(w.stats()))
                .description("Webhook deliveries by outcome (retried counts attempts after the first)")
                .tags("webhook", webhook.name(), "outcome", outcome).register(registry);
    }

    @Override
    public void onAlert(Alert alert) {
        raised.get(alert.kind()).increment();
    }
}
