package org.meshbridge.server.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One {@code alerts.webhooks} entry: where alerts are POSTed as JSON and how hard to try.
 *
 * @param url {@code https://...}, or {@code http://} to a loopback host only
 * @param secret the HMAC-SHA256 key for the {@code X-Meshbridge-Signature} header (at least
 *     {@value #MIN_SECRET_LENGTH} characters); never logged
 * @param maxAttempts attempts per alert, the first included, 1..{@value #MAX_ATTEMPTS}; default {@value #DEFAULT_MAX_ATTEMPTS}
 * @param firstRetry the wait before the second attempt; each later wait doubles, up to {@code maxRetry}
 * @param maxRetry the longest wait between two attempts
 * @param timeout how long one attempt may take (connect and answer)
 * @param queueLength alerts waiting for this webhook at most; when full the oldest is dropped and counted
 */
public record WebhookSettings(URI url, String secret, int maxAttempts, Duration firstRetry, Duration maxRetry,
        Duration timeout, int queueLength) {

    public static final int MIN_SECRET_LENGTH = 16;
    public static final int MAX_ATTEMPTS = 20;
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MAX_RETRY = Duration.ofMinutes(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_QUEUE_LENGTH = 1000;
    public static final int MAX_QUEUE_LENGTH = 100_000;

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        Objects.requireNonNull(timeout, "timeout");
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the secret needs at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("maxAttempts must be 1.." + MAX_ATTEMPTS + ": " + maxAttempts);
        }
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("need 0 < firstRetry <= maxRetry: " + firstRetry + ", " + maxRetry);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (queueLength < 1 || queueLength > MAX_QUEUE_LENGTH) {
            throw new IllegalArgumentException("queueLength must be 1.." + MAX_QUEUE_LENGTH + ": " + queueLength);
        }
    }

    /**
     * Why {@code url} cannot be a webhook, or empty when it can: it must be {@code https://host/...},
     * or {@code http://} to a loopback host, without a user or password in it.
     */
    public static java.util.Optional<String> urlProblem(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            return java.util.Optional.of("must be https://host/... (or http:// to a loopback host), was " + url);
        }
        if (url.getUserInfo() != null) {
            return java.util.Optional.of("must not carry a user name or password; the body is signed with the secret instead");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            return java.util.Optional.of("plain http is allowed to a loopback host only; use https:// for " + url.getHost());
        }
        return java.util.Optional.empty();
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** {@code url} with the defaults for everything else. */
    public static WebhookSettings of(URI url, String secret) {
        return new WebhookSettings(url, secret, DEFAULT_MAX_ATTEMPTS, DEFAULT_FIRST_RETRY, DEFAULT_MAX_RETRY,
                DEFAULT_TIMEOUT, DEFAULT_QUEUE_LENGTH);
    }

    /**
     * The URL without its path and query ({@code https://hooks.example:8443/...}): some services
     * put their token in the path, so logs and {@code config check} show only this.
     */
    public String redactedUrl() {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        boolean more = url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/")
                || url.getRawQuery() != null;
        return url.getScheme() + "://" + url.getHost() + port + (more ? "/..." : "/");
    }

    /** The secret and the URL's path stay out of logs and {@code config check}. */
    @Override
    public String toString() {
        return "WebhookSettings[url=" + redactedUrl() + ", maxAttempts=" + maxAttempts + ", firstRetry=" + firstRetry
                + ", maxRetry=" + maxRetry + ", timeout=" + timeout + ", queueLength=" + queueLength + "]";
    }
}
