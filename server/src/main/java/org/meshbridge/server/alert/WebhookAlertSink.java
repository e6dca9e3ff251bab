package org.meshbridge.server.alert;

import java.util.Objects;
import org.meshbridge.core.nodes.Alert;

/** Renders each alert as {@link AlertJson} and queues it on a {@link WebhookSink}. */
public final class WebhookAlertSink implements AlertSink, AutoCloseable {

    private final WebhookSink webhook;
    private final AlertJson json;

    public WebhookAlertSink(WebhookSink webhook, AlertJson json) {
        this.webhook = Objects.requireNonNull(webhook, "webhook");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public void deliver(Alert alert) {
        webhook.offer(alert.kind().key(), json.render(alert));
    }

    public WebhookSink webhook() {
        return webhook;
    }

    @Override
    public void close() {
        webhook.close();
    }
}
