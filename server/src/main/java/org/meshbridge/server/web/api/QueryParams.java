package org.meshbridge.server.web.api;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.meshbridge.server.web.HttpProblem;

/** A request's query parameters, read strictly: each at most once, whole numbers in range (else a 400). */
final class QueryParams {

    private final Map<String, List<String>> values;

    QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The whole-number parameter {@code name} within {@code min..max}, empty when absent. */
    OptionalLong number(String name, long min, long max) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.isEmpty()) {
            return OptionalLong.empty();
        }
        String wanted = name + " must be a whole number " + min + ".." + max;
        if (given.size() > 1) {
            throw HttpProblem.badRequest(wanted + ", given once");
        }
        String value = given.get(0);
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw HttpProblem.badRequest(wanted + ", was '" + (value.length() <= 20 ? value : value.substring(0, 20) + "...")
                    + "'");
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw HttpProblem.badRequest(wanted + ", was " + number);
        }
        return OptionalLong.of(number);
    }
}
