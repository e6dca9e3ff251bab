package org.meshbridge.server.web;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One path and the methods it answers. A route that answers {@code GET} also answers
 * {@code HEAD} (same status and headers, no body). The path may name segments,
 * {@code /api/v1/rooms/{room}/posts} ({@link PathTemplate}); the handler reads their values with
 * {@link #template()}{@code .values(path)}.
 */
public record Route(String path, Set<HttpMethod> methods, Handler handler) {

    /** Produces the response for a request whose path and method matched. */
    @FunctionalInterface
    public interface Handler {
        JsonResponse handle(FullHttpRequest request);

        /**
         * The response, possibly later. The request is released once this returns, so an
         * asynchronous handler reads everything it needs from it first.
         */
        default CompletionStage<JsonResponse> respond(FullHttpRequest request) {
            return CompletableFuture.completedFuture(handle(request));
        }
    }

    /** A handler whose answer completes later (e.g. after the store made a post durable). */
    @FunctionalInterface
    public interface AsyncHandler extends Handler {
        @Override
        CompletionStage<JsonResponse> respond(FullHttpRequest request);

        @Override
        default JsonResponse handle(FullHttpRequest request) {
            return respond(request).toCompletableFuture().join();
        }
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

    /** The path as a template. */
    public PathTemplate template() {
        return PathTemplate.of(path);
    }

    boolean allows(HttpMethod method) {
        return methods.contains(method) || (method.equals(HttpMethod.HEAD) && methods.contains(HttpMethod.GET));
    }
}
