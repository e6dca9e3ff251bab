package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;

/**
 * Wraps resource handlers: a request without a valid bearer token gets 401 (with
 * {@code WWW-Authenticate: Bearer}); a {@link BadRequestException} becomes a 400.
 */
final class Guard {

    /** Work for a signed-in caller. */
    @FunctionalInterface
    interface Work {
        CompletionStage<JsonResponse> apply(Caller caller, ApiRequest request) throws BadRequestException;
    }

    private final Authenticator authenticator;

    Guard(Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /** A handler running {@code work} for the signed-in caller. */
    Route.AsyncHandler signedIn(Work work) {
        return request -> {
            ApiRequest copy = ApiRequest.of(request);
            return authenticator.authenticate(request).thenCompose(caller -> {
                if (caller.isEmpty()) {
                    return done(unauthorized());
                }
                try {
                    return work.apply(caller.get(), copy);
                } catch (BadRequestException e) {
                    return done(badRequest(e.getMessage()));
                }
            });
        };
    }

    static JsonResponse unauthorized() {
        JsonResponse error = JsonResponse.error(HttpResponseStatus.UNAUTHORIZED, "unauthorized",
                "sign in first: POST /api/v1/auth/login, then send Authorization: Bearer <token>");
        return new JsonResponse(error.status(), error.body(), Map.of("WWW-Authenticate", "Bearer"));
    }

    static JsonResponse badRequest(String message) {
        return JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", message);
    }

    static JsonResponse forbidden(String message) {
        return JsonResponse.error(HttpResponseStatus.FORBIDDEN, "forbidden", message);
    }

    static JsonResponse notFound(String message) {
        return JsonResponse.error(HttpResponseStatus.NOT_FOUND, "not_found", message);
    }

    static JsonResponse unavailable(String message) {
        return JsonResponse.error(HttpResponseStatus.SERVICE_UNAVAILABLE, "unavailable", message);
    }

    static CompletionStage<JsonResponse> done(JsonResponse response) {
        return CompletableFuture.completedFuture(response);
    }

}
