package org.meshbridge.server.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.NodeHeard;
import org.meshbridge.core.nodes.NodeRole;

/**
 * What the watchdog takes from one {@code {p}/nodes/{node_id}} message: who, when last heard,
 * its observed advert interval, and its battery. Fields the rules do not need are ignored, so a
 * newer publisher that adds fields still works.
 *
 * @param id the node id from the topic (64 lowercase hex digits)
 * @param name the advertised name
 * @param role the advertised role ({@code unknown} when absent or unknown)
 * @param lastHeard when the publisher last heard it
 * @param observedInterval the advert interval the publisher observed, if it says
 * @param battery the last battery report, if any
 */
public record NodeState(String id, String name, NodeRole role, Instant lastHeard, Optional<Duration> observedInterval,
        Optional<BatteryReading> battery) {

    /** A message larger than this is refused before parsing. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME_LENGTH = 256;
    private static final long MAX_INTERVAL_SECONDS = Duration.ofDays(3650).toSeconds();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    public NodeState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(observedInterval, "observedInterval");
        Objects.requireNonNull(battery, "battery");
    }

    /** The rules' input. */
    public NodeHeard heard() {
        return new NodeHeard(id, name, role, lastHeard, observedInterval);
    }

    /**
     * Reads a message published on {@code .../nodes/{topicId}}.
     *
     * @throws NodeStateException saying what is wrong, for anything that is not a usable node state
     */
    public static NodeState parse(String topicId, byte[] payload) throws NodeStateException {
        if (!NODE_ID.matcher(topicId).matches()) {
            throw new NodeStateException("the topic's last level is not a node id (64 lowercase hex digits)");
        }
        JsonNode root = json(payload);
        int schema = root.path("schema").asInt(-1);
        if (!root.path("schema").isIntegralNumber() || schema != 1) {
            throw new NodeStateException("schema must be 1, was " + root.path("schema"));
        }
        if (root.has("id") && !root.path("id").asText().equals(topicId)) {
            throw new NodeStateException("id does not match the topic");
        }
        String name = root.path("name").isTextual() ? root.path("name").asText() : "";
        if (name.length() > MAX_NAME_LENGTH) {
            throw new NodeStateException("name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        NodeRole role = root.path("role").isTextual()
                ? NodeRole.fromKey(root.path("role").asText()).orElse(NodeRole.UNKNOWN) : NodeRole.UNKNOWN;
        Instant lastHeard = time(root, "last_heard").orElseThrow(() -> new NodeStateException("last_heard is required"));
        return new NodeState(topicId, name, role, lastHeard, interval(root), battery(root));
    }

    static JsonNode json(byte[] payload) throws NodeStateException {
        if (payload.length > MAX_BYTES) {
            throw new NodeStateException("larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new NodeStateException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NodeStateException("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new NodeStateException("not a JSON object");
        }
        return root;
    }

    private static Optional<Instant> time(JsonNode parent, String field) throws NodeStateException {
        JsonNode value = parent.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new NodeStateException(field + " must be an ISO-8601 UTC time");
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw new NodeStateException(field + " must be an ISO-8601 UTC time, was \"" + abbreviate(value.asText()) + "\"");
        }
    }

    private static Optional<Duration> interval(JsonNode root) throws NodeStateException {
        JsonNode value = root.path("observed_interval_s");
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        double seconds = value.asDouble(Double.NaN);
        if (!value.isNumber() || !(seconds > 0) || seconds > MAX_INTERVAL_SECONDS) {
            throw new NodeStateException("observed_interval_s must be a number of seconds above 0");
        }
        return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private static Optional<BatteryReading> battery(JsonNode root) throws NodeStateException {
        JsonNode battery = root.path("battery");
        if (battery.isMissingNode() || battery.isNull()) {
            return Optional.empty();
        }
        if (!battery.isObject()) {
            throw new NodeStateException("battery must be an object");
        }
        OptionalInt mv = whole(battery, "mv", 65_535);
        OptionalInt percent = whole(battery, "percent", 100);
        Optional<Instant> at = time(battery, "reported_at");
        if (at.isEmpty() || mv.isEmpty() && percent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BatteryReading(mv, percent, at.get()));
    }

    private static OptionalInt whole(JsonNode parent, String field, int max) throws NodeStateException {
        JsonNode value = parent.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0 || value.asInt() > max) {
            throw new NodeStateException("battery." + field + " must be a whole number 0.." + max);
        }
        return OptionalInt.of(value.asInt());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
