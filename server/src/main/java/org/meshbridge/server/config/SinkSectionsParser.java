package org.meshbridge.server.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code metrics} and {@code alerts} sections: what the server exposes and where alerts go. */
final class SinkSectionsParser {

    private static final Set<String> METRICS_KEYS = Set.of("enabled", "nodes");
    private static final Set<String> ALERTS_KEYS = Set.of("log", "webhooks", "mesh");
    private static final Set<String> MESH_KEYS = Set.of("admins");
    private static final Set<String> WEBHOOK_KEYS = Set.of("url", "secret", "secret_file", "max_attempts", "first_retry",
            "max_retry", "timeout", "queue_length");
    private static final String WEBHOOK_KEY_LIST = "url, secret, secret_file, max_attempts, first_retry, max_retry,"
            + " timeout, queue_length";
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MAX_SECRET_FILE_BYTES = 4096;

    private SinkSectionsParser() {
    }

    static MetricsSettings metrics(ConfigNode metrics) throws ConfigException {
        metrics.refuseUnknown(METRICS_KEYS, "enabled, nodes");
        Set<String> nodes = nodeIds(metrics, "nodes", MetricsSettings.MAX_NODES);
        return new MetricsSettings(metrics.bool("enabled").orElse(true), nodes);
    }

    static AlertSettings alerts(ConfigNode alerts) throws ConfigException {
        alerts.refuseUnknown(ALERTS_KEYS, "log, webhooks, mesh");
        List<WebhookSettings> webhooks = new ArrayList<>();
        List<ConfigNode> entries = alerts.mappings("webhooks");
        if (entries.size() > AlertSettings.MAX_WEBHOOKS) {
            throw new ConfigException(alerts.keyPath("webhooks"), "at most " + AlertSettings.MAX_WEBHOOKS + " webhooks");
        }
        for (ConfigNode webhook : entries) {
            webhooks.add(webhook(webhook));
        }
        ConfigNode mesh = alerts.section("mesh");
        mesh.refuseUnknown(MESH_KEYS, "admins");
        List<String> admins = List.copyOf(nodeIds(mesh, "admins", AlertSettings.MAX_MESH_ADMINS));
        return new AlertSettings(alerts.bool("log").orElse(true), webhooks, admins);
    }

    private static Set<String> nodeIds(ConfigNode section, String key, int max) throws ConfigException {
        List<String> texts = section.strings(key, max);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String path = section.keyPath(key) + "[" + i + "]";
            if (!NODE_ID.matcher(text).matches()) {
                throw new ConfigException(path, "must be a node's public key, 64 hex digits, was \"" + text + "\"");
            }
            if (!ids.add(text.toLowerCase(Locale.ROOT))) {
                throw new ConfigException(path, "lists " + text + " twice");
            }
        }
        return ids;
    }

    private static WebhookSettings webhook(ConfigNode webhook) throws ConfigException {
        webhook.refuseUnknown(WEBHOOK_KEYS, WEBHOOK_KEY_LIST);
        URI url = webhookUrl(webhook);
        String secret = secret(webhook);
        WebhookSettings d = WebhookSettings.of(url, secret);
        int attempts = (int) webhook.whole("max_attempts", 1, WebhookSettings.MAX_ATTEMPTS).orElse(d.maxAttempts());
        Duration first = webhook.duration("first_retry", Duration.ofSeconds(1), Duration.ofHours(1), "1s..1h")
                .orElse(d.firstRetry());
        Duration max = webhook.duration("max_retry", Duration.ofSeconds(1), Duration.ofDays(1), "1s..1d")
                .orElse(first.compareTo(d.maxRetry()) > 0 ? first : d.maxRetry());
        if (max.compareTo(first) < 0) {
            throw new ConfigException(webhook.keyPath("max_retry"), "must not be shorter than first_retry (" + first + ")");
        }
        Duration timeout = webhook.duration("timeout", Duration.ofSeconds(1), Duration.ofMinutes(5), "1s..5m")
                .orElse(d.timeout());
        int queue = (int) webhook.whole("queue_length", 1, WebhookSettings.MAX_QUEUE_LENGTH).orElse(d.queueLength());
        return new WebhookSettings(url, secret, attempts, first, max, timeout, queue);
    }

    private static URI webhookUrl(ConfigNode webhook) throws ConfigException {
        String text = webhook.text("url").orElseThrow(() -> new ConfigException(webhook.keyPath("url"),
                "required: the https:// address alerts are POSTed to"));
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigException(webhook.keyPath("url"), "is not a URL: " + e.getReason());
        }
        Optional<String> problem = WebhookSettings.urlProblem(url);
        if (problem.isPresent()) {
            throw new ConfigException(webhook.keyPath("url"), problem.get());
        }
        return url;
    }

    private static String secret(ConfigNode webhook) throws ConfigException {
        Optional<String> inline = webhook.text("secret");
        Optional<String> file = webhook.text("secret_file");
        if (inline.isPresent() == file.isPresent()) {
            throw new ConfigException(webhook.keyPath("secret"), "give exactly one of secret or secret_file: the key"
                    + " that signs each body (HMAC-SHA256), at least " + WebhookSettings.MIN_SECRET_LENGTH + " characters");
        }
        String secret = inline.isPresent() ? inline.get() : readSecret(webhook, file.get());
        if (secret.length() < WebhookSettings.MIN_SECRET_LENGTH) {
            throw new ConfigException(webhook.keyPath(inline.isPresent() ? "secret" : "secret_file"), "the secret needs"
                    + " at least " + WebhookSettings.MIN_SECRET_LENGTH + " characters, had " + secret.length());
        }
        return secret;
    }

    private static String readSecret(ConfigNode webhook, String fileName) throws ConfigException {
        try {
            Path file = Path.of(fileName);
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SECRET_FILE_BYTES) {
                throw new ConfigException(webhook.keyPath("secret_file"), file + " is not a readable file of at most "
                        + MAX_SECRET_FILE_BYTES + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (InvalidPathException e) {
            throw new ConfigException(webhook.keyPath("secret_file"), "is not a valid path: " + e.getReason());
        } catch (IOException e) {
            throw new ConfigException(webhook.keyPath("secret_file"), "cannot read " + fileName + ": " + e.getMessage());
        }
    }
}
