package org.meshbridge.server.web;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A WebSocket upgrade request as a {@link WebSocketAdmission} sees it, before the handshake.
 *
 * @param path the request path without the query string
 * @param query the decoded query parameters, in request order
 * @param headers the request headers (read-only use)
 * @param subprotocols the subprotocols the client offered in {@code Sec-WebSocket-Protocol}, in order
 * @param remoteAddress the peer, e.g. {@code 203.0.113.7:51234}, for logs and per-address limits
 */
public record UpgradeRequest(String path, Map<String, List<String>> query, HttpHeaders headers,
        List<String> subprotocols, String remoteAddress) {

    public UpgradeRequest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        query = Map.copyOf(query);
        subprotocols = List.copyOf(subprotocols);
    }

    /** The first value of query parameter {@code name}, if present. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of header {@code name}, if present. */
    public Optional<String> header(CharSequence name) {
        return Optional.ofNullable(headers.get(name));
    }
}
