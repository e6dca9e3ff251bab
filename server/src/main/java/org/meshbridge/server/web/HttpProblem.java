package org.meshbridge.server.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;

/**
 * A route refusing a request: thrown (or a stage failed with it), it becomes the JSON error
 * {@code {error, message}} with its status and headers. Carries no stack trace.
 */
public final class HttpProblem extends RuntimeException {

    private final transient JsonResponse response;

    public HttpProblem(HttpResponseStatus status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public HttpProblem(HttpResponseStatus status, String error, String message, Map<String, String> headers) {
        super(message, null, false, false);
        JsonResponse body = JsonResponse.error(status, error, message);
        this.response = new JsonResponse(body.status(), body.body(), Objects.requireNonNull(headers, "headers"));
    }

    /** The response this problem becomes. */
    public JsonResponse response() {
        return response;
    }

    /** 400 {@code bad_request}. */
    public static HttpProblem badRequest(String message) {
        return new HttpProblem(HttpResponseStatus.BAD_REQUEST, "bad_request", message);
    }
}
