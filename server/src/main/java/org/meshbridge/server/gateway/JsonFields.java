package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.packet.Packet;

/**
 * Typed, bounded reads of one JSON object's fields. Every failure is a {@link MalformedFrameException}
 * naming the field; unknown fields are ignored (a newer peer may send more).
 */
final class JsonFields {

    /** Largest integer JSON carries exactly: 2^53 - 1. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    /** Longest ISO-8601 instant we read. */
    private static final int MAX_INSTANT_CHARS = 40;

    private final JsonNode object;
    private final String context;

    JsonFields(JsonNode object, String context) throws MalformedFrameException {
        if (object == null || !object.isObject()) {
            throw new MalformedFrameException(Reason.BAD_VALUE, context + " must be a JSON object");
        }
        this.object = object;
        this.context = context;
    }

    /** The same object, with errors naming it {@code context} (e.g. the message type). */
    JsonFields named(String newContext) throws MalformedFrameException {
        return new JsonFields(object, newContext);
    }

    String text(String name, int maxChars) throws MalformedFrameException {
        JsonNode node = object.get(name);
        if (node == null || !node.isTextual()) {
            throw new MalformedFrameException(Reason.BAD_VALUE, context + "." + name + " must be a string");
        }
        String value = node.textValue();
        if (value.length() > maxChars) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    context + "." + name + " is " + value.length() + " chars, max " + maxChars);
        }
        return value;
    }

    /** True if the field is present and {@code null}. */
    boolean isNull(String name) {
        JsonNode node = object.get(name);
        return node != null && node.isNull();
    }

    long integer(String name, long min, long max) throws MalformedFrameException {
        JsonNode node = object.get(name);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new MalformedFrameException(Reason.BAD_VALUE, context + "." + name + " must be an integer");
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw new MalformedFrameException(Reason.BAD_VALUE,
                    context + "." + name + " is " + value + ", outside " + min + ".." + max);
        }
        return value;
    }

    int smallInt(String name, int min, int max) throws MalformedFrameException {
        return (int) integer(name, min, max);
    }

    JsonFields object(String name) throws MalformedFrameException {
        return new JsonFields(object.get(name), context + "." + name);
    }

    /** A raw on-air packet as lowercase hex: 1 to {@link Packet#MAX_FRAME_BYTES} bytes. */
    Bytes packetHex(String name) throws MalformedFrameException {
        String hex = text(name, 2 * Packet.MAX_FRAME_BYTES);
        if (hex.isEmpty() || hex.length() % 2 != 0
                || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new MalformedFrameException(Reason.BAD_VALUE,
                    context + "." + name + " must be 1.." + Packet.MAX_FRAME_BYTES + " bytes as lowercase hex");
        }
        return Bytes.fromHex(hex);
    }

    Instant instant(String name) throws MalformedFrameException {
        String text = text(name, MAX_INSTANT_CHARS);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedFrameException(Reason.BAD_VALUE, context + "." + name + " is not an ISO-8601 UTC instant");
        }
    }
}
