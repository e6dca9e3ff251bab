package org.meshbridge.server.mqtt;

import java.time.Instant;
import java.util.Objects;

/**
 * One message waiting for the broker's acknowledgement.
 *
 * @param seq       its place in the bridge's order, increasing, never reused by one bridge
 * @param topic     the full topic
 * @param payload   the JSON text
 * @param retain    whether the broker keeps it as the topic's last value
 * @param createdAt when the bridge produced it
 */
public record OutboxMessage(long seq, String topic, String payload, boolean retain, Instant createdAt) {

    public OutboxMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
