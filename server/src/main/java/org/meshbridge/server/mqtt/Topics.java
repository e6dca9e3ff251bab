package org.meshbridge.server.mqtt;

import java.util.Objects;
import java.util.Optional;

/**
 * The bridge's topic tree under {@code prefix} (DESIGN §3, {@code docs/mqtt.md}).
 *
 * @param prefix {@code mqtt.topic_prefix}, e.g. {@code meshcore}
 */
public record Topics(String prefix) {

    public Topics {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** {@code {p}/messages/{room}}: every post of a room or channel room. */
    public String message(String room) {
        return prefix + "/messages/" + room;
    }

    /** {@code {p}/nodes/{node_id}}: a node's state, retained. */
    public String node(String nodeId) {
        return prefix + "/nodes/" + nodeId;
    }

    /** {@code {p}/alerts/{node_id}}: a node's alert state and events, retained. */
    public String alert(String nodeId) {
        return prefix + "/alerts/" + nodeId;
    }

    /** {@code {p}/alerts/bridge}: the bridge's own faults and recoveries, not retained. */
    public String bridgeAlerts() {
        return prefix + "/alerts/bridge";
    }

    /** {@code {p}/status}: the server's health, retained, with the last will. */
    public String status() {
        return prefix + "/status";
    }

    /** {@code {p}/errors}: why an inbound message was refused. */
    public String errors() {
        return prefix + "/errors";
    }

    /** {@code {p}/send/+}: what the bridge subscribes to for inbound posts. */
    public String sendFilter() {
        return prefix + "/send/+";
    }

    /** The room of a {@code {p}/send/{room}} topic; empty for any other topic. */
    public Optional<String> sendRoom(String topic) {
        String head = prefix + "/send/";
        if (!topic.startsWith(head) || topic.length() == head.length() || topic.indexOf('/', head.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(topic.substring(head.length()));
    }
}
