package org.meshbridge.server.web.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON a live client sends: one object with a string {@code type} of
 * {@code subscribe} or {@code ping}, an optional string {@code id} (at most 64 characters), and for
 * {@code subscribe} an optional array {@code rooms} of at most {@value #MAX_ROOMS} room names
 * (1..31 letters, digits, '.', '_' or '-', starting with a letter or digit). Anything else is a
 * {@link LiveRequestException}; nothing else is thrown. Thread-safe.
 */
public final class LiveRequestParser {

    /** Most rooms one subscribe may name. */
    public static final int MAX_ROOMS = 256;
    /** Longest correlation id. */
    public static final int MAX_ID_CHARS = 64;
    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,30}");
    private static final Set<String> SUBSCRIBE_FIELDS = Set.of("type", "id", "rooms");
    private static final Set<String> PING_FIELDS = Set.of("type", "id");

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The request in {@code text}. */
    public LiveRequest parse(String text) throws LiveRequestException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new LiveRequestException("not JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new LiveRequestException("expected a JSON object with a \"type\"");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw new LiveRequestException("\"type\" must be a string: subscribe or ping");
        }
        Optional<String> id = id(root.get("id"));
        return switch (type.textValue()) {
            case "subscribe" -> {
                refuseUnknown(root, SUBSCRIBE_FIELDS, "type, id, rooms");
                yield new LiveRequest.Subscribe(rooms(root.get("rooms")), id);
            }
            case "ping" -> {
                refuseUnknown(root, PING_FIELDS, "type, id");
                yield new LiveRequest.Ping(id);
            }
            default -> throw new LiveRequestException("unknown type \"" + shorten(type.textValue())
                    + "\"; expected subscribe or ping");
        };
    }

    private static Optional<String> id(JsonNode id) throws LiveRequestException {
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        if (!id.isTextual() || id.textValue().length() > MAX_ID_CHARS) {
            throw new LiveRequestException("\"id\" must be a string of at most " + MAX_ID_CHARS + " characters");
        }
        return Optional.of(id.textValue());
    }

    private static Optional<Set<String>> rooms(JsonNode rooms) throws LiveRequestException {
        if (rooms == null || rooms.isNull()) {
            return Optional.empty();
        }
        if (!rooms.isArray() || rooms.size() > MAX_ROOMS) {
            throw new LiveRequestException("\"rooms\" must be an array of at most " + MAX_ROOMS + " room names");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode room : rooms) {
            if (!room.isTextual() || !ROOM_NAME.matcher(room.textValue()).matches()) {
                throw new LiveRequestException("\"rooms\" entries must be room names (1..31 letters, digits, '.', '_'"
                        + " or '-', starting with a letter or digit)");
            }
            names.add(room.textValue());
        }
        return Optional.of(names);
    }

    private static void refuseUnknown(JsonNode root, Set<String> known, String list) throws LiveRequestException {
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                throw new LiveRequestException("unknown field \"" + shorten(name) + "\"; expected " + list);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
