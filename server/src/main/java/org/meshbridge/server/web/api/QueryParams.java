package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The query string of a request, read strictly: each parameter once, whole numbers in range. */
final class QueryParams {

    private final Map<String, List<String>> values;

    QueryParams(String uri) {
        this.values = new QueryStringDecoder(uri).parameters();
    }

    /** The whole-number parameter {@code name} within {@code min..max}, empty when absent. */
    OptionalLong number(String name, long min, long max) throws BadRequestException {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.isEmpty()) {
            return OptionalLong.empty();
        }
        String wanted = name + " must be a whole number " + min + ".." + max;
        if (given.size() > 1) {
            throw new BadRequestException(wanted + ", given once");
        }
        String value = given.get(0);
        if (value.isEmpty() || value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequestException(wanted + ", was '" + JsonBodies.abbreviate(value) + "'");
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw new BadRequestException(wanted + ", was " + number);
        }
        return OptionalLong.of(number);
    }
}
