package org.meshbridge.server.web;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Objects;
import java.util.Set;

/**
 * One path and the methods it answers. A route that answers {@code GET} also answers
 * {@code HEAD} (same status and headers, no body).
 */
public record Route(String path, Set<HttpMethod> methods, Handler handler) {

    /** Produces the response for a request whose path and method matched. */
    @FunctionalInterface
    public interface Handler {
        JsonResponse handle(FullHttpRequest request);
    }

    public Route {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one method: " + path);
        }
        methods = Set.copyOf(methods);
    }

    /** A route answering {@code GET} (and so {@code HEAD}). */
    public static Route get(String path, Handler handler) {
        return new Route(path, Set.of(HttpMethod.GET), handler);
    }

    boolean allows(HttpMethod method) {
        return methods.contains(method) || (method.equals(HttpMethod.HEAD) && methods.contains(HttpMethod.GET));
    }
}
