package org.meshbridge.server.web;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One path and the methods it answers. A route that answers {@code GET} also answers
 * {@code HEAD} (same status and headers, no body). A path segment written {@code {name}} matches
 * any one non-empty segment, read with {@link HttpCall#pathParam}; exact paths win over templates.
 *
 * <p>{@link #get(String, Handler)} handlers run on the Netty event loop and must not block.
 * A {@link CallHandler} returns a stage and may complete it on any thread: do blocking work (the
 * store, password hashes) on a worker, as {@code org.meshbridge.server.web.auth.Authenticator}
 * routes do. Throwing (or failing the stage with) an {@link HttpProblem} answers with its error.
 */
public record Route(String path, Set<HttpMethod> methods, CallHandler handler) {

    /** Produces the response for a request whose path and method matched; on the event loop. */
    @FunctionalInterface
    public interface Handler {
        JsonResponse handle(FullHttpRequest request);
    }

    /** Produces the response, now or later, for a matched request. */
    @FunctionalInterface
    public interface CallHandler {
        CompletionStage<JsonResponse> handle(HttpCall call);
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
        segments(path);
    }

    /** A route answering {@code GET} (and so {@code HEAD}) on the event loop. */
    public static Route get(String path, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        return new Route(path, Set.of(HttpMethod.GET), call -> CompletableFuture.completedFuture(
                handler.handle(call.request())));
    }

    /** A route answering {@code methods} with a stage. */
    public static Route of(String path, Set<HttpMethod> methods, CallHandler handler) {
        return new Route(path, methods, handler);
    }

    boolean allows(HttpMethod method) {
        return methods.contains(method) || (method.equals(HttpMethod.HEAD) && methods.contains(HttpMethod.GET));
    }

    /** Whether the path has {@code {name}} segments. */
    boolean isTemplate() {
        return path.contains("{");
    }

    /** The path's segments; a template segment is {@code {name}} with a name of letters, digits and '_'. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/", -1)));
        for (String segment : segments) {
            boolean template = segment.startsWith("{") && segment.endsWith("}");
            if (template && !segment.substring(1, segment.length() - 1).matches("[A-Za-z0-9_]+")
                    || !template && (segment.contains("{") || segment.contains("}"))) {
                throw new IllegalArgumentException("bad template segment '" + segment + "' in " + path);
            }
        }
        return segments;
    }
}
