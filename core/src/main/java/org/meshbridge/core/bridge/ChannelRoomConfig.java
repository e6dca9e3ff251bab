package org.meshbridge.core.bridge;

import java.util.Objects;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * A group channel bridged as a room.
 *
 * @param name             the room's name (store key, MQTT topic)
 * @param channel          the channel key: {@link ChannelKey#PUBLIC}, a {@code #hashtag} or a private secret
 * @param transmitInternet whether posts from the internet are sent on the channel (off by default:
 *                         flooding internet traffic onto a channel needs the operator's consent)
 */
public record ChannelRoomConfig(String name, ChannelKey channel, boolean transmitInternet) {

    public ChannelRoomConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a channel room needs a name");
        }
    }

    /** Receive only: internet posts are stored but never transmitted. */
    public static ChannelRoomConfig listening(String name, ChannelKey channel) {
        return new ChannelRoomConfig(name, channel, false);
    }

    public ChannelRoomConfig withTransmitInternet(boolean value) {
        return new ChannelRoomConfig(name, channel, value);
    }
}
