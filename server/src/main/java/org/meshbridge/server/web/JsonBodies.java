package org.meshbridge.server.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a request's JSON body into a record, the one way routes read bodies. Refuses with an
 * {@link HttpProblem}: 415 unless {@code Content-Type: application/json}, 400 for anything
 * that is not one JSON object of the record's fields (unknown fields, wrong types, a missing
 * body, trailing data, nesting deeper than {@value #MAX_DEPTH}). The listener has already
 * refused bodies over its cap with 413. Never throws anything else.
 */
public final class JsonBodies {

    static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Array, array -> array
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    private JsonBodies() {
    }

    /** The body of {@code call} as a {@code type}. */
    public static <T> T read(HttpCall call, Class<T> type) {
        String contentType = call.header(HttpHeaderNames.CONTENT_TYPE).orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new HttpProblem(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "send the body as Content-Type: application/json");
        }
        return parse(call.body(), type);
    }

    /** {@code body} as a {@code type}; an {@link HttpProblem} 400 when it is not one. */
    public static <T> T parse(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw HttpProblem.badRequest("the request needs a JSON object body");
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw HttpProblem.badRequest("the request needs a JSON object body, not null");
            }
            return value;
        } catch (JsonMappingException e) {
            throw HttpProblem.badRequest("the JSON body does not fit: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw HttpProblem.badRequest("the body is not a usable JSON object");
        }
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
