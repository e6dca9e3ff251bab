package org.meshbridge.server.web.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;

/** {@code GET /api/v1/admin/status}, for administrators only (403 for others). */
public final class AdminResource {

    public static final String STATUS = "/api/v1/admin/status";

    private final Supplier<AdminStatus> status;
    private final Guard guard;

    public AdminResource(Supplier<AdminStatus> status, Authenticator authenticator) {
        this.status = Objects.requireNonNull(status, "status");
        this.guard = new Guard(authenticator);
    }

    public List<Route> routes() {
        return List.of(Route.get(STATUS, guard.signedIn((caller, request) -> Guard.done(caller.admin()
                ? JsonResponse.ok(status.get())
                : Guard.forbidden("the admin status is for administrators; " + caller.account() + " is not one")))));
    }
}
