package org.meshbridge.server.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * Gateway messages to and from JSON text. Decoding is total: any text either becomes a message or
 * raises {@link MalformedFrameException} whose detail never quotes the input (it may hold a token).
 */
public final class GatewayCodec {

    /** Deepest nesting a message has: message, then radio or link. */
    private static final int MAX_NESTING = 4;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(GatewayProtocol.MAX_MESSAGE_BYTES)
                    .maxNumberLength(24)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private GatewayCodec() {
    }

    /** {@code message} as one JSON object, {@code type} first. */
    public static String encode(GatewayMessage message) {
        Objects.requireNonNull(message, "message");
        ObjectNode json = JSON.createObjectNode().put("type", message.type().code());
        message.write(json);
        return json.toString();
    }

    /**
     * Parses one message.
     *
     * @throws MalformedFrameException if {@code text} is longer than {@link GatewayProtocol#MAX_MESSAGE_BYTES},
     *     not a JSON object, has no known {@code type}, or a field is missing or out of range
     */
    public static GatewayMessage decode(String text) throws MalformedFrameException {
        Objects.requireNonNull(text, "text");
        if (text.length() > GatewayProtocol.MAX_MESSAGE_BYTES) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    "message of " + text.length() + " chars, max " + GatewayProtocol.MAX_MESSAGE_BYTES);
        }
        JsonFields fields = new JsonFields(parse(text), "message");
        String code = fields.text("type", 32);
        MessageType type = MessageType.fromCode(code).orElseThrow(() -> new MalformedFrameException(
                Reason.UNKNOWN_CODE, "unknown message type '" + printable(code) + "'"));
        fields = fields.named(type.code());
        switch (type) {
            case HELLO:
                return Hello.read(fields);
            case WELCOME:
                return Welcome.read(fields);
            case RX:
                return RxMessage.read(fields);
            case TX:
                return TxMessage.read(fields);
            case TX_RESULT:
                return TxReport.read(fields);
            case LINK:
                return LinkReport.read(fields);
            case PING:
                return Ping.read(fields);
            case PONG:
                return Pong.read(fields);
            default:
                throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static JsonNode parse(String text) throws MalformedFrameException {
        try {
            return JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new MalformedFrameException(Reason.TOO_LONG, "JSON nested deeper than " + MAX_NESTING
                    + " levels or a value too long");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at column " + where.getColumnNr();
            throw new MalformedFrameException(Reason.BAD_VALUE, "not valid JSON" + at);
        }
    }

    private static String printable(String code) {
        return code.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? code : "(unprintable)";
    }
}
