package org.meshbridge.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.net.ClientAccess;
import org.meshbridge.server.net.RateLimiter;

/**
 * How an {@link HttpServer} listens beyond its address and routes: TLS, the explicit opt-in to a
 * plain listener on a non-loopback address, the WebSocket routes it upgrades, and its guards.
 *
 * @param tls the certificate and key to terminate TLS with (re-read when they change); empty for plain HTTP
 * @param insecure true to allow a non-loopback address without TLS (refused otherwise)
 * @param webSockets the paths that accept a WebSocket upgrade, one route each
 * @param limits body, message and time caps
 * @param access CIDR allow/deny lists and trusted proxies
 * @param cors cross-origin access; {@link CorsPolicy#OFF} by default
 * @param connections new connections per client address; empty for no limit
 * @param staticFiles the web app's files, served before the JSON routes; empty for none
 */
public record HttpOptions(Optional<TlsFiles> tls, boolean insecure, List<WebSocketRoute> webSockets, HttpLimits limits,
                          ClientAccess access, CorsPolicy cors, Optional<RateLimiter> connections,
                          Optional<StaticFiles> staticFiles) {

    public HttpOptions {
        Objects.requireNonNull(tls, "tls");
        webSockets = List.copyOf(webSockets);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(cors, "cors");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(staticFiles, "staticFiles");
    }

    /** Plain HTTP on loopback only, no WebSocket routes, default limits, everyone in, CORS off. */
    public static HttpOptions loopbackOnly() {
        return new HttpOptions(Optional.empty(), false, List.of(), HttpLimits.DEFAULTS, ClientAccess.OPEN, CorsPolicy.OFF,
                Optional.empty(), Optional.empty());
    }

    /** These options with TLS from {@code files}. */
    public HttpOptions withTls(TlsFiles files) {
        return new HttpOptions(Optional.of(files), insecure, webSockets, limits, access, cors, connections, staticFiles);
    }

    /** These options with the explicit opt-in to a non-loopback address without TLS. */
    public HttpOptions withInsecure(boolean allowPlainNonLoopback) {
        return new HttpOptions(tls, allowPlainNonLoopback, webSockets, limits, access, cors, connections, staticFiles);
    }

    /** These options with one more WebSocket route. */
    public HttpOptions withWebSocket(WebSocketRoute route) {
        List<WebSocketRoute> routes = new ArrayList<>(webSockets);
        routes.add(Objects.requireNonNull(route, "route"));
        return new HttpOptions(tls, insecure, routes, limits, access, cors, connections, staticFiles);
    }

    public HttpOptions withLimits(HttpLimits newLimits) {
        return new HttpOptions(tls, insecure, webSockets, newLimits, access, cors, connections, staticFiles);
    }

    public HttpOptions withAccess(ClientAccess newAccess) {
        return new HttpOptions(tls, insecure, webSockets, limits, newAccess, cors, connections, staticFiles);
    }

    public HttpOptions withCors(CorsPolicy newCors) {
        return new HttpOptions(tls, insecure, webSockets, limits, access, newCors, connections, staticFiles);
    }

    /** These options with new connections limited per client address. */
    public HttpOptions withConnectionLimit(RateLimiter limiter) {
        return new HttpOptions(tls, insecure, webSockets, limits, access, cors, Optional.of(limiter), staticFiles);
    }

    /** These options serving {@code files} (the web app) before the JSON routes. */
    public HttpOptions withStaticFiles(StaticFiles files) {
        return new HttpOptions(tls, insecure, webSockets, limits, access, cors, connections, Optional.of(files));
    }
}
