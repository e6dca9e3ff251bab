package org.meshbridge.server.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every alert the liveness rules raise to each configured sink, in order; a sink that throws
 * is logged and does not stop the others. Subscribed to the node registry, so it runs on the
 * scheduler thread; every sink returns without waiting for the network.
 */
public final class AlertSinks implements NodeRegistryListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertSinks.class);

    private final List<AlertSink> sinks;

    public AlertSinks(List<? extends AlertSink> sinks) {
        this.sinks = List.copyOf(Objects.requireNonNull(sinks, "sinks"));
    }

    @Override
    public void onAlert(Alert alert) {
        for (AlertSink sink : sinks) {
            try {
                sink.deliver(alert);
            } catch (RuntimeException e) {
                LOG.warn("alert sink {} failed on a {} alert", sink.getClass().getSimpleName(), alert.kind().key(), e);
            }
        }
    }

    /** The webhook sinks, for their counters. */
    public List<WebhookSink> webhooks() {
        List<WebhookSink> webhooks = new ArrayList<>();
        for (AlertSink sink : sinks) {
            if (sink instanceof WebhookAlertSink w) {
                webhooks.add(w.webhook());
            }
        }
        return webhooks;
    }

    /** Closes the webhooks (alerts still queued for them are not sent). */
    @Override
    public void close() {
        for (AlertSink sink : sinks) {
            if (sink instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.debug("closing {}: {}", sink, e.toString());
                }
            }
        }
    }
}
