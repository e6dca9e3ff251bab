package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Objects;

/**
 * What a resource needs of a request, copied off Netty's buffer so the work can continue after
 * the request is released (authentication and the store answer later).
 *
 * @param path the path without the query string
 * @param uri the request target, with the query string
 */
public record ApiRequest(HttpMethod method, String uri, String path, byte[] body) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
    }

    /** A copy of {@code request}. */
    public static ApiRequest of(FullHttpRequest request) {
        byte[] body = new byte[request.content().readableBytes()];
        request.content().getBytes(request.content().readerIndex(), body);
        return new ApiRequest(request.method(), request.uri(), new QueryStringDecoder(request.uri()).path(), body);
    }

    /** The query parameters. */
    QueryParams query() {
        return new QueryParams(uri);
    }
}
