package org.meshbridge.protocol.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;

/** Shared plumbing of the oracle clients: one JSON object per reply line. */
final class OracleReplies {

    /** Per request; generous because the first request also pays for node start-up on a busy CI box. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    static final ObjectMapper JSON = new ObjectMapper();

    private OracleReplies() {
    }

    static JsonNode parse(String reply, String request) {
        try {
            JsonNode node = JSON.readTree(reply);
            if (node == null || !node.isObject()) {
                throw new OracleException("reply is not a JSON object: " + reply + " for request [" + request + "]");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new OracleException("reply is not JSON: " + reply + " for request [" + request + "]", e);
        }
    }

    /** A request token: non-empty and free of whitespace, so the line splits back unambiguously. */
    static String token(String value, String what) {
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " must be non-empty and without whitespace: [" + value + "]");
        }
        return value;
    }
}
