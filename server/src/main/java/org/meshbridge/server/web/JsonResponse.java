package org.meshbridge.server.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;

/**
 * A response before serialisation: a status, a body Jackson can write, and extra headers
 * (e.g. {@code Allow} on a 405).
 */
public record JsonResponse(HttpResponseStatus status, Object body, Map<String, String> headers) {

    public JsonResponse {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A 200 with {@code body}. */
    public static JsonResponse ok(Object body) {
        return new JsonResponse(HttpResponseStatus.OK, body, Map.of());
    }

    /** An error with the JSON body {@code {error, message}}. */
    public static JsonResponse error(HttpResponseStatus status, String error, String message) {
        return new JsonResponse(status, new ErrorBody(error, message), Map.of());
    }
}
