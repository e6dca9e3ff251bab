package org.meshbridge.server.web;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.InetAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as a route sees it: the aggregated request (retained until the route's stage
 * completes), the path without its query, the values of the route's {@code {name}} segments,
 * the client's address (the {@code X-Forwarded-For} client when the peer is a trusted proxy)
 * and whether the client reached us over TLS (directly, or by {@code X-Forwarded-Proto: https}
 * from a trusted proxy).
 */
public record HttpCall(FullHttpRequest request, String path, Map<String, String> pathParams, InetAddress client,
                       boolean secure) {

    public HttpCall {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(client, "client");
        pathParams = Map.copyOf(pathParams);
    }

    /** The value of the route's {@code {name}} segment, percent-decoded. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no {" + name + "} segment");
        }
        return value;
    }

    /** The query string's parameters. */
    public Map<String, java.util.List<String>> query() {
        return RequestUri.parseOrBadRequest(request.uri()).parameters();
    }

    public Optional<String> header(CharSequence name) {
        return Optional.ofNullable(request.headers().get(name));
    }

    /** The token of {@code Authorization: Bearer <token>}, if that header is there. */
    public Optional<String> bearerToken() {
        return BearerTokens.fromHeader(request.headers().get(HttpHeaderNames.AUTHORIZATION));
    }

    /** A copy of the body (at most the listener's body cap). */
    public byte[] body() {
        return ByteBufUtil.getBytes(request.content());
    }
}
