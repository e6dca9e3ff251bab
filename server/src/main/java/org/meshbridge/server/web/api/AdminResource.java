package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.auth.Authenticator;

/** {@code GET /api/v1/admin/status}, for administrators only (403 for others). */
public final class AdminResource {

    public static final String STATUS = "/api/v1/admin/status";

    private final Supplier<AdminStatus> status;
    private final Authenticator auth;

    /** @param status built on a worker thread; may read the store */
    public AdminResource(Supplier<AdminStatus> status, Authenticator auth) {
        this.status = Objects.requireNonNull(status, "status");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    public List<Route> routes() {
        return List.of(auth.admin(STATUS, Set.of(HttpMethod.GET), (call, who) -> JsonResponse.ok(status.get())));
    }
}
