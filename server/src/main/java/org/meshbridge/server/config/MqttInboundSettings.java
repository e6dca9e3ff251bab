package org.meshbridge.server.config;

import java.util.List;
import java.util.Objects;

/**
 * {@code mqtt.inbound}: posting into rooms from {@code {p}/send/{room}}.
 *
 * @param enabled      whether the bridge subscribes at all; default false
 * @param account      the author name the posts carry
 * @param maxPerMinute posts accepted per minute over all rooms; more are refused on {@code {p}/errors}
 * @param rooms        the rooms that accept posts; empty means every hosted room
 */
public record MqttInboundSettings(boolean enabled, String account, int maxPerMinute, List<String> rooms) {

    public static final int DEFAULT_MAX_PER_MINUTE = 6;
    public static final MqttInboundSettings DISABLED = new MqttInboundSettings(false, "mqtt", DEFAULT_MAX_PER_MINUTE,
            List.of());

    public MqttInboundSettings {
        Objects.requireNonNull(account, "account");
        rooms = List.copyOf(rooms);
        if (maxPerMinute < 1) {
            throw new IllegalArgumentException("maxPerMinute must be positive, was " + maxPerMinute);
        }
    }

    /** Posting on, as {@code account}, at most {@code maxPerMinute} posts a minute into any room. */
    public static MqttInboundSettings as(String account, int maxPerMinute) {
        return new MqttInboundSettings(true, account, maxPerMinute, List.of());
    }

    /** Whether {@code room} accepts posts (when inbound is on). */
    public boolean accepts(String room) {
        return rooms.isEmpty() || rooms.contains(room);
    }
}
