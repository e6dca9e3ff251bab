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
 * {@link #template()}{@code .values(path)}, or a {@link CallHandler} with {@link HttpCall#pathParam}.
 *
 * <p>A plain {@link Handler} runs on the Netty event loop and must not block. An
 * {@link AsyncHandler} or {@link CallHandler} returns a stage and may complete it on any thread:
 * do blocking work (the store, password hashes) on a worker. Throwing (or failing the stage with)
 * an {@link HttpProblem} answers with its JSON error.
 */
public record Route(String path, Set<HttpMethod> methods, Handler handler) {

    /** Produces the response for a request whose path and method matched. */
    @FunctionalInterface
    public interface Handler {
        JsonResponse handle(FullHttpRequest request);

        /**
         * The response, possibly later. The request stays retained until the stage completes,
         * but an asynchronous handler should still read what it needs from it first.
         */
        default CompletionStage<JsonResponse> respond(FullHttpRequest request) {
            return CompletableFuture.completedFuture(handle(request));
        }

        /** The response to {@code call}; what the server calls. By default {@link #respond(FullHttpRequest)}. */
        default CompletionStage<JsonResponse> respond(HttpCall call) {
            return respond(call.request());
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

    /**
     * A handler that also needs what the connection knows: the client's address (behind trusted
     * proxies), TLS, and the path's named values ({@link HttpCall}).
     */
    @FunctionalInterface
    public interface CallHandler extends Handler {
        @Override
        CompletionStage<JsonResponse> respond(HttpCall call);

        @Override
        default JsonResponse handle(FullHttpRequest request) {
            throw new UnsupportedOperationException("a CallHandler answers HttpCalls only");
        }

        @Override
        default CompletionStage<JsonResponse> respond(FullHttpRequest request) {
            throw new UnsupportedOperationException("a CallHandler answers HttpCalls only");
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

    /** A route answering {@code methods} with a {@link CallHandler}. */
    public static Route of(String path, Set<HttpMethod> methods, CallHandler handler) {
        return new Route(path, methods, handler);
    }

    /** The path as a template. */
    public PathTemplate template() {
        return PathTemplate.of(path);
    }

    boolean allows(HttpMethod method) {
        return methods.contains(method) || (method.equals(HttpMethod.HEAD) && methods.contains(HttpMethod.GET));
    }
}
