package org.meshbridge.server.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * Request bodies: one JSON object with known string fields. Untrusted input: anything else
 * (not JSON, not an object, unknown fields, wrong types, trailing content, deep nesting) is a
 * {@link BadRequestException}, never another exception.
 */
public final class JsonBodies {

    /** Nesting deeper than this is refused before it is parsed further. */
    static final int MAX_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    /** The JSON object in {@code body}, whose fields must all be among {@code allowed}. */
    public static JsonNode object(byte[] body, Set<String> allowed) throws BadRequestException {
        if (body.length == 0) {
            throw new BadRequestException("the request needs a JSON body");
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestException("the body must be a JSON object");
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BadRequestException("unknown field '" + abbreviate(name) + "'; allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        }
        return node;
    }

    /** The string field {@code name} of {@code object}. */
    public static String text(JsonNode object, String name) throws BadRequestException {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new BadRequestException("field '" + name + "' is required");
        }
        if (!value.isTextual()) {
            throw new BadRequestException("field '" + name + "' must be a string");
        }
        return value.textValue();
    }

    /** The whole-number field {@code name} of {@code object}, within {@code min..max}. */
    public static long number(JsonNode object, String name, long min, long max) throws BadRequestException {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new BadRequestException("field '" + name + "' is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            throw new BadRequestException("field '" + name + "' must be a whole number " + min + ".." + max);
        }
        return value.longValue();
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
