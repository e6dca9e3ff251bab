package org.meshbridge.server.mqtt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;

/**
 * A post asked for on {@code {p}/send/{room}}: {@code {"text": "..."}}, UTF-8 JSON of at most
 * {@value #MAX_BYTES} bytes, no other fields. The text's length is checked by the room.
 *
 * @param room the room from the topic
 * @param text the post's text, not blank
 */
public record SendRequest(String room, String text) {

    /** The largest payload read at all. */
    public static final int MAX_BYTES = 4096;

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build());
    }

    public SendRequest {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads {@code payload} sent to {@code room}.
     *
     * @throws InboundRejected for anything but one JSON object with a non-blank {@code text} string
     */
    public static SendRequest parse(String room, byte[] payload) throws InboundRejected {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(payload, "payload");
        if (payload.length > MAX_BYTES) {
            throw new InboundRejected(InboundRejected.Reason.TOO_LARGE, "the payload has " + payload.length
                    + " bytes, at most " + MAX_BYTES + " are read");
        }
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new InboundRejected(InboundRejected.Reason.NOT_UTF8, "the payload is not UTF-8 text");
        }
        JsonNode json;
        try {
            json = STRICT.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new InboundRejected(InboundRejected.Reason.NOT_JSON, "the payload is not one JSON document");
        }
        if (json == null || json.isMissingNode()) {
            throw new InboundRejected(InboundRejected.Reason.NOT_JSON, "the payload is empty");
        }
        if (!json.isObject()) {
            throw new InboundRejected(InboundRejected.Reason.NOT_OBJECT, "the payload must be a JSON object such as"
                    + " {\"text\":\"hello\"}");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("text")) {
                throw new InboundRejected(InboundRejected.Reason.UNKNOWN_FIELD, "unknown field \"" + shorten(name)
                        + "\"; the only field is text");
            }
        }
        JsonNode text = json.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new InboundRejected(InboundRejected.Reason.BAD_TEXT, "text must be a non-empty string");
        }
        return new SendRequest(room, text.asText());
    }

    private static String shorten(String name) {
        return name.length() <= 32 ? name : name.substring(0, 32) + "…";
    }
}
