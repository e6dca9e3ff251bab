package org.meshbridge.core.nodes;

import java.util.Locale;
import java.util.Optional;
import org.meshbridge.protocol.payload.NodeType;

/**
 * What a node is, from the node type in its advert ({@code ADV_TYPE_*}, firmware
 * {@code helpers/AdvertDataHelpers.h}). The {@link #key()} is the lowercase name used in config
 * files, JSON and metrics tags.
 */
public enum NodeRole {
    /** A companion (chat) node, {@code ADV_TYPE_CHAT}: a person's radio, adverts when its user asks. */
    COMPANION("companion"),
    /** A repeater, {@code ADV_TYPE_REPEATER}. */
    REPEATER("repeater"),
    /** A room server, {@code ADV_TYPE_ROOM}. */
    ROOM_SERVER("room_server"),
    /** A sensor, {@code ADV_TYPE_SENSOR}. */
    SENSOR("sensor"),
    /** {@code ADV_TYPE_NONE} or a future type code 5..15. */
    UNKNOWN("unknown");

    private final String key;

    NodeRole(String key) {
        this.key = key;
    }

    /** The config/JSON name: {@code companion}, {@code repeater}, {@code room_server}, {@code sensor}, {@code unknown}. */
    public String key() {
        return key;
    }

    /** The role for an advertised node type code (0..15). */
    public static NodeRole fromNodeTypeCode(int code) {
        return NodeType.fromCode(code).map(NodeRole::fromNodeType).orElse(UNKNOWN);
    }

    /** The role for an advertised node type. */
    public static NodeRole fromNodeType(NodeType type) {
        return switch (type) {
            case CHAT -> COMPANION;
            case REPEATER -> REPEATER;
            case ROOM -> ROOM_SERVER;
            case SENSOR -> SENSOR;
            case NONE -> UNKNOWN;
        };
    }

    /** The role with this {@link #key()} (case-insensitive); {@code chat} is accepted for companion, {@code room} for room server. */
    public static Optional<NodeRole> fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (NodeRole role : values()) {
            if (role.key.equals(k)) {
                return Optional.of(role);
            }
        }
        return switch (k) {
            case "chat" -> Optional.of(COMPANION);
            case "room" -> Optional.of(ROOM_SERVER);
            default -> Optional.empty();
        };
    }
}
