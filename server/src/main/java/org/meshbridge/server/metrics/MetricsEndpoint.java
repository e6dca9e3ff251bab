package org.meshbridge.server.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.TextBody;

/** {@code GET /metrics}: every registered meter in the Prometheus text format, scraped on request. */
public final class MetricsEndpoint {

    /** The path Prometheus scrapes. */
    public static final String PATH = "/metrics";
    /** The Prometheus text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private MetricsEndpoint() {
    }

    /** A route that scrapes {@code registry} on every request. */
    public static Route route(PrometheusMeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return Route.get(PATH, request -> JsonResponse.ok(new TextBody(CONTENT_TYPE, registry.scrape())));
    }
}
