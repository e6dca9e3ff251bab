package org.meshbridge.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link HttpServer} listens beyond its address and routes: TLS, the explicit opt-in to a
 * plain listener on a non-loopback address, and the WebSocket routes it upgrades.
 *
 * @param tls the certificate and key to terminate TLS with; empty for plain HTTP
 * @param insecure true to allow a non-loopback address without TLS (refused otherwise)
 * @param webSockets the paths that accept a WebSocket upgrade, one route each
 * @param staticFiles the web app's files, served before the JSON routes; empty for none
 */
public record HttpOptions(Optional<TlsFiles> tls, boolean insecure, List<WebSocketRoute> webSockets,
                          Optional<StaticFiles> staticFiles) {

    public HttpOptions {
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(staticFiles, "staticFiles");
        webSockets = List.copyOf(webSockets);
    }

    /** Plain HTTP on loopback only, no WebSocket routes. */
    public static HttpOptions loopbackOnly() {
        return new HttpOptions(Optional.empty(), false, List.of(), Optional.empty());
    }

    /** These options with TLS from {@code files}. */
    public HttpOptions withTls(TlsFiles files) {
        return new HttpOptions(Optional.of(files), insecure, webSockets, staticFiles);
    }

    /** These options with the explicit opt-in to a non-loopback address without TLS. */
    public HttpOptions withInsecure(boolean allowPlainNonLoopback) {
        return new HttpOptions(tls, allowPlainNonLoopback, webSockets, staticFiles);
    }

    /** These options with one more WebSocket route. */
    public HttpOptions withWebSocket(WebSocketRoute route) {
        List<WebSocketRoute> routes = new ArrayList<>(webSockets);
        routes.add(Objects.requireNonNull(route, "route"));
        return new HttpOptions(tls, insecure, routes, staticFiles);
    }

    /** These options serving {@code files} (the web app). */
    public HttpOptions withStaticFiles(StaticFiles files) {
        return new HttpOptions(tls, insecure, webSockets, Optional.of(files));
    }
}
