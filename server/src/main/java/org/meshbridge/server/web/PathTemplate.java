package org.meshbridge.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A route path with named segments, {@code /api/v1/rooms/{room}/posts}. A named segment matches
 * one non-empty path segment (no {@code /}); its value is URL-decoded. Literal segments match
 * exactly.
 */
public final class PathTemplate {

    private final String template;
    private final List<String> segments;

    private PathTemplate(String template, List<String> segments) {
        this.template = template;
        this.segments = segments;
    }

    /** Parses {@code template}; it must start with {@code /}. */
    public static PathTemplate of(String template) {
        Objects.requireNonNull(template, "template");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
        return new PathTemplate(template, List.of(template.substring(1).split("/", -1)));
    }

    /** The template as written. */
    public String template() {
        return template;
    }

    /** True when the template has no named segments. */
    public boolean isLiteral() {
        return segments.stream().noneMatch(PathTemplate::isParameter);
    }

    /** The named segments' names, in order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        segments.stream().filter(PathTemplate::isParameter).forEach(s -> names.add(s.substring(1, s.length() - 1)));
        return names;
    }

    /** The parameter values when {@code path} (without query) matches, else empty. */
    public Optional<Map<String, String>> match(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                Optional<String> value = PathSegments.decode(parts[i]);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                values.put(segment.substring(1, segment.length() - 1), value.get());
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** The values of {@code path}, which the router has already matched against this template. */
    public Map<String, String> values(String path) {
        return match(path).orElseThrow(() -> new IllegalArgumentException(path + " does not match " + template));
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
