package org.meshbridge.server.web;

import java.util.Objects;
import java.util.function.Supplier;

/** {@code GET /healthz}: the current {@link HealthReport}, always 200 while the server answers. */
public final class HealthEndpoint {

    /** The path load balancers and probes poll. */
    public static final String PATH = "/healthz";

    private HealthEndpoint() {
    }

    /** A route that answers with a fresh report from {@code reports} on every request. */
    public static Route route(Supplier<HealthReport> reports) {
        Objects.requireNonNull(reports, "reports");
        return Route.get(PATH, request -> JsonResponse.ok(reports.get()));
    }
}
