package org.meshbridge.server.web;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The routing table: exact paths first, then templated paths ({@code /api/v1/rooms/{room}/posts})
 * in the order given, with JSON 404 and 405 answers for the rest.
 */
public final class Routes {

    private final Map<String, Route> byPath;
    private final List<Map.Entry<PathTemplate, Route>> templated;

    private Routes(Map<String, Route> byPath, List<Map.Entry<PathTemplate, Route>> templated) {
        this.byPath = byPath;
        this.templated = templated;
    }

    /** A table of {@code routes}; two routes on the same path are a programming error. */
    public static Routes of(Route... routes) {
        return of(List.of(routes));
    }

    /** A table of {@code routes}; two routes on the same path are a programming error. */
    public static Routes of(List<Route> routes) {
        Map<String, Route> all = new LinkedHashMap<>();
        Map<String, Route> byPath = new LinkedHashMap<>();
        List<Map.Entry<PathTemplate, Route>> templated = new ArrayList<>();
        for (Route route : routes) {
            if (all.putIfAbsent(route.path(), route) != null) {
                throw new IllegalArgumentException("two routes for " + route.path());
            }
            PathTemplate template = route.template();
            if (template.isLiteral()) {
                byPath.put(route.path(), route);
            } else {
                templated.add(Map.entry(template, route));
            }
        }
        return new Routes(byPath, List.copyOf(templated));
    }

    /** Every route, literal ones first (for the OpenAPI document and its test). */
    public List<Route> all() {
        List<Route> all = new ArrayList<>(byPath.values());
        templated.forEach(e -> all.add(e.getValue()));
        return all;
    }

    /** Answers {@code request}, whose query string has already been split off {@code path}. */
    JsonResponse dispatch(FullHttpRequest request, String path) {
        return respond(request, path).toCompletableFuture().join();
    }

    /** Answers {@code request} from a loopback client, possibly later. */
    CompletionStage<JsonResponse> respond(FullHttpRequest request, String path) {
        return respond(new HttpCall(request, path, Map.of(), java.net.InetAddress.getLoopbackAddress(), false));
    }

    /** Answers {@code call}, possibly later; its path's named values are filled in here. */
    CompletionStage<JsonResponse> respond(HttpCall call) {
        String path = call.path();
        Route route = find(path);
        if (route == null) {
            return CompletableFuture.completedFuture(JsonResponse.error(HttpResponseStatus.NOT_FOUND, "not_found",
                    "no resource at " + path + "; available: "
                    + all().stream().map(Route::path).collect(Collectors.joining(", "))));
        }
        HttpMethod method = call.request().method();
        if (!route.allows(method)) {
            String allow = allowHeader(route);
            JsonResponse error = JsonResponse.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                    method + " is not allowed on " + path + "; use " + allow);
            return CompletableFuture.completedFuture(
                    new JsonResponse(error.status(), error.body(), Map.of(HttpHeaderNames.ALLOW.toString(), allow)));
        }
        Map<String, String> values = route.template().isLiteral() ? Map.of() : route.template().values(path);
        return route.handler().respond(new HttpCall(call.request(), path, values, call.client(), call.secure()));
    }

    /** True when a route answers {@code path}. */
    boolean has(String path) {
        return find(path) != null;
    }

    private Route find(String path) {
        Route route = byPath.get(path);
        if (route != null) {
            return route;
        }
        for (Map.Entry<PathTemplate, Route> entry : templated) {
            if (entry.getKey().match(path).isPresent()) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String allowHeader(Route route) {
        List<String> names = new ArrayList<>(route.methods().stream().map(HttpMethod::name).sorted().toList());
        if (route.methods().contains(HttpMethod.GET) && !route.methods().contains(HttpMethod.HEAD)) {
            names.add(names.indexOf(HttpMethod.GET.name()) + 1, HttpMethod.HEAD.name());
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
