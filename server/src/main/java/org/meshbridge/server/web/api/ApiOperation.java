package org.meshbridge.server.web.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One documented operation of the HTTP API, as the OpenAPI document lists it.
 *
 * @param method GET, POST, ...
 * @param path the route path, with {@code {name}} segments
 * @param tag the group the operation is shown under
 * @param summary one line: what it does
 * @param signedIn whether it needs a bearer token
 * @param query query parameters: name to description (whole numbers)
 * @param body request body fields: name to JSON type ({@code string}, {@code integer}; a trailing {@code ?}
 *     marks an optional field); empty for none
 * @param responses status code to description
 */
public record ApiOperation(String method, String path, String tag, String summary, boolean signedIn,
                           Map<String, String> query, Map<String, String> body, Map<Integer, String> responses) {

    public ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(summary, "summary");
        query = Map.copyOf(query);
        body = Map.copyOf(body);
        responses = Map.copyOf(responses);
    }

    /** {@code "GET /api/v1/rooms"}. */
    public String key() {
        return method + " " + path;
    }

    /** The named path segments. */
    public List<String> pathParameters() {
        return java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }
}
