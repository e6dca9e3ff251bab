package org.meshbridge.server.web;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The routing table: exact paths to routes, with JSON 404 and 405 answers for the rest. */
public final class Routes {

    private final Map<String, Route> byPath;

    private Routes(Map<String, Route> byPath) {
        this.byPath = byPath;
    }

    /** A table of {@code routes}; two routes on the same path are a programming error. */
    public static Routes of(Route... routes) {
        Map<String, Route> byPath = new LinkedHashMap<>();
        for (Route route : routes) {
            if (byPath.putIfAbsent(route.path(), route) != null) {
                throw new IllegalArgumentException("two routes for " + route.path());
            }
        }
        return new Routes(byPath);
    }

    /** Answers {@code request}, whose query string has already been split off {@code path}. */
    JsonResponse dispatch(FullHttpRequest request, String path) {
        Route route = byPath.get(path);
        if (route == null) {
            return JsonResponse.error(HttpResponseStatus.NOT_FOUND, "not_found",
                    "no resource at " + path + "; available: " + String.join(", ", byPath.keySet()));
        }
        HttpMethod method = request.method();
        if (!route.allows(method)) {
            String allow = allowHeader(route);
            JsonResponse error = JsonResponse.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                    method + " is not allowed on " + path + "; use " + allow);
            return new JsonResponse(error.status(), error.body(), Map.of(HttpHeaderNames.ALLOW.toString(), allow));
        }
        return route.handler().handle(request);
    }

    private static String allowHeader(Route route) {
        List<String> names = new ArrayList<>(route.methods().stream().map(HttpMethod::name).sorted().toList());
        if (route.methods().contains(HttpMethod.GET) && !route.methods().contains(HttpMethod.HEAD)) {
            names.add(names.indexOf(HttpMethod.GET.name()) + 1, HttpMethod.HEAD.name());
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
