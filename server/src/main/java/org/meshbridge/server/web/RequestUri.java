package org.meshbridge.server.web;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request URI decoded once and strictly. Netty's {@link QueryStringDecoder} decodes lazily and
 * throws {@link IllegalArgumentException} on a bad percent escape ({@code /%}, {@code ?a=%zz});
 * a URI is untrusted input, so every handler reads it through here and a bad one is a 400.
 *
 * @param path       the decoded path
 * @param parameters the decoded query parameters
 */
public record RequestUri(String path, Map<String, List<String>> parameters) {

    /** Decodes {@code uri}, or empty when its escapes are malformed. */
    public static Optional<RequestUri> parse(String uri) {
        QueryStringDecoder decoder = new QueryStringDecoder(uri);
        try {
            return Optional.of(new RequestUri(decoder.path(), decoder.parameters()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Decodes {@code uri}, or throws the 400 {@link HttpProblem} a handler answers with. */
    public static RequestUri parseOrBadRequest(String uri) {
        return parse(uri).orElseThrow(() -> HttpProblem.badRequest("malformed percent escape in the request URI"));
    }
}
