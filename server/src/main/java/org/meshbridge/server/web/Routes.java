package org.meshbridge.server.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The routing table: exact paths first, then {@code {name}} templates in the order given, with
 * JSON 404 and 405 answers for the rest.
 */
public final class Routes {

    /** A route found for a path, with its template values. */
    record Match(Route route, Map<String, String> params) {
    }

    private final Map<String, Route> byPath;
    private final List<Route> templates;

    private Routes(Map<String, Route> byPath, List<Route> templates) {
        this.byPath = byPath;
        this.templates = templates;
    }

    /** A table of {@code routes}; two routes on the same path are a programming error. */
    public static Routes of(Route... routes) {
        return of(List.of(routes));
    }

    /** A table of {@code routes}; two routes on the same path are a programming error. */
    public static Routes of(List<Route> routes) {
        Map<String, Route> byPath = new LinkedHashMap<>();
        List<Route> templates = new ArrayList<>();
        for (Route route : routes) {
            if (byPath.putIfAbsent(route.path(), route) != null) {
                throw new IllegalArgumentException("two routes for " + route.path());
            }
            if (route.isTemplate()) {
                templates.add(route);
            }
        }
        templates.forEach(t -> byPath.remove(t.path()));
        return new Routes(byPath, List.copyOf(templates));
    }

    /** Every route: exact paths first, then templates (for the OpenAPI document's test). */
    public List<Route> all() {
        List<Route> all = new ArrayList<>(byPath.values());
        all.addAll(templates);
        return all;
    }

    /** The route for {@code path}, if any. */
    Optional<Match> match(String path) {
        Route exact = byPath.get(path);
        if (exact != null) {
            return Optional.of(new Match(exact, Map.of()));
        }
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/", -1);
        for (Route template : templates) {
            List<String> segments = Route.segments(template.path());
            if (segments.size() != parts.length) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                String segment = segments.get(i);
                if (segment.startsWith("{")) {
                    String value = QueryStringDecoder.decodeComponent(parts[i]);
                    matches = !value.isEmpty() && !value.contains("/");
                    params.put(segment.substring(1, segment.length() - 1), value);
                } else {
                    matches = segment.equals(parts[i]);
                }
            }
            if (matches) {
                return Optional.of(new Match(template, params));
            }
        }
        return Optional.empty();
    }

    /** Answers {@code call} (its path params are filled in here). */
    CompletionStage<JsonResponse> dispatch(HttpCall call) {
        Optional<Match> match = match(call.path());
        if (match.isEmpty()) {
            return CompletableFuture.completedFuture(JsonResponse.error(HttpResponseStatus.NOT_FOUND, "not_found",
                    "no resource at " + call.path() + "; available: " + String.join(", ", paths())));
        }
        Route route = match.get().route();
        HttpMethod method = call.request().method();
        if (!route.allows(method)) {
            String allow = allowHeader(route);
            JsonResponse error = JsonResponse.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                    method + " is not allowed on " + call.path() + "; use " + allow);
            return CompletableFuture.completedFuture(new JsonResponse(error.status(), error.body(),
                    Map.of(HttpHeaderNames.ALLOW.toString(), allow)));
        }
        HttpCall matched = new HttpCall(call.request(), call.path(), match.get().params(), call.client(), call.secure());
        return route.handler().handle(matched);
    }

    /** The exact paths and templates, for documentation and tests. */
    List<String> paths() {
        List<String> paths = new ArrayList<>(byPath.keySet());
        templates.forEach(t -> paths.add(t.path()));
        return paths;
    }

    private static String allowHeader(Route route) {
        List<String> names = new ArrayList<>(route.methods().stream().map(HttpMethod::name).sorted().toList());
        if (route.methods().contains(HttpMethod.GET) && !route.methods().contains(HttpMethod.HEAD)) {
            names.add(names.indexOf(HttpMethod.GET.name()) + 1, HttpMethod.HEAD.name());
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
