package org.meshbridge.server.alert;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.meshbridge.server.config.WebhookSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert's JSON to one webhook, signed ({@link WebhookSignature}), one at a time in
 * order, retrying failures with {@link RetryBackoff} up to {@code max_attempts}. {@link #offer}
 * only queues, so the scheduler thread never waits for the network; the queue is bounded, and
 * when it is full the oldest waiting alert is dropped and counted.
 *
 * <p>Every request carries {@code Content-Type: application/json}, {@value WebhookSignature#HEADER},
 * {@value #EVENT_HEADER} (the alert kind) and {@value #DELIVERY_HEADER} (one id per alert, the
 * same on every retry, so receivers can drop repeats). A 2xx answer is success; a 408, 429, 5xx,
 * timeout or connection failure is retried; any other answer fails the alert for good.
 */
public final class WebhookSink implements AutoCloseable {

    public static final String EVENT_HEADER = "X-Meshbridge-Event";
    public static final String DELIVERY_HEADER = "X-Meshbridge-Delivery";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);

    private record Pending(String id, String kind, byte[] body, CompletableFuture<Boolean> outcome) {
    }

    private final WebhookSettings settings;
    private final WebhookSignature signature;
    private final RetryBackoff backoff;
    private final HttpClient client;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean busy;
    private boolean closed;
    private long delivered;
    private long failed;
    private long dropped;
    private long retries;

    public WebhookSink(WebhookSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signature = new WebhookSignature(settings.secret());
        this.backoff = new RetryBackoff(settings.firstRetry(), settings.maxRetry());
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "meshbridge-webhook " + settings.redactedUrl());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues {@code json} (an alert of {@code kind}) for delivery and returns at once.
     *
     * @return completes with true when the receiver accepted it, false when it was given up,
     *     dropped from a full queue, or offered after {@link #close()}
     */
    public CompletionStage<Boolean> offer(String kind, String json) {
        Pending pending = new Pending(UUID.randomUUID().toString(), kind, json.getBytes(StandardCharsets.UTF_8),
                new CompletableFuture<>());
        synchronized (lock) {
            if (closed) {
                pending.outcome().complete(false);
                return pending.outcome().minimalCompletionStage();
            }
            if (waiting.size() >= settings.queueLength()) {
                waiting.pollFirst().outcome().complete(false);
                dropped++;
                LOG.warn("webhook {}: queue full ({}), dropped the oldest alert", settings.redactedUrl(), settings.queueLength());
            }
            waiting.addLast(pending);
        }
        pump();
        return pending.outcome().minimalCompletionStage();
    }

    /** The counters now; safe from any thread. */
    public WebhookStats stats() {
        synchronized (lock) {
            return new WebhookStats(delivered, failed, dropped, retries, waiting.size() + (busy ? 1 : 0));
        }
    }

    /** The webhook's address with its path hidden, for logs. */
    public String name() {
        return settings.redactedUrl();
    }

    private void pump() {
        Pending next;
        synchronized (lock) {
            if (busy || closed || waiting.isEmpty()) {
                return;
            }
            busy = true;
            next = waiting.pollFirst();
        }
        attempt(next, 1);
    }

    private void attempt(Pending pending, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "meshbridge-webhook")
                .header(WebhookSignature.HEADER, signature.sign(pending.body()))
                .header(EVENT_HEADER, pending.kind())
                .header(DELIVERY_HEADER, pending.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(pending.body())).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> completed(pending, attempt, response == null ? -1 : response.statusCode(),
                        error));
    }

    private void completed(Pending pending, int attempt, int status, Throwable error) {
        if (error == null && status >= 200 && status < 300) {
            finish(pending, true);
            return;
        }
        String why = error != null ? String.valueOf(error.getMessage() == null ? error : error.getMessage())
                : "HTTP " + status;
        boolean retryable = error != null || status == 408 || status == 429 || status >= 500;
        if (retryable && attempt < settings.maxAttempts()) {
            var wait = backoff.afterAttempt(attempt);
            LOG.info("webhook {}: attempt {} of {} alert failed ({}), retrying in {}", settings.redactedUrl(), attempt,
                    pending.kind(), why, wait);
            synchronized (lock) {
                if (closed) {
                    pending.outcome().complete(false);
                    return;
                }
                retries++;
            }
            try {
                timer.schedule(() -> attempt(pending, attempt + 1), wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                finish(pending, false);
            }
            return;
        }
        LOG.warn("webhook {}: gave up on a {} alert after {} attempts ({})", settings.redactedUrl(), pending.kind(),
                attempt, why);
        finish(pending, false);
    }

    private void finish(Pending pending, boolean ok) {
        synchronized (lock) {
            if (ok) {
                delivered++;
            } else {
                failed++;
            }
            busy = false;
        }
        pending.outcome().complete(ok);
        pump();
    }

    /** Stops retrying and refuses new alerts; alerts still queued are not sent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            waiting.forEach(p -> p.outcome().complete(false));
            waiting.clear();
        }
        timer.shutdownNow();
    }
}
