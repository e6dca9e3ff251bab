package org.meshbridge.server.config;

import java.util.Objects;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * One entry of {@code channels}: a group channel bridged as a channel room.
 *
 * @param name             the room's name (its history, its MQTT topic)
 * @param key              Public, a {@code #hashtag} or a private secret
 * @param transmitInternet whether internet posts go out on the channel; default false
 */
public record ChannelSettings(String name, ChannelKey key, boolean transmitInternet) {

    public ChannelSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }
}
