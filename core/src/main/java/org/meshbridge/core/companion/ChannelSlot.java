package org.meshbridge.core.companion;

import java.util.Objects;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * One of a companion's channel slots.
 *
 * @param name the channel's name as the app shows it
 * @param key its key
 * @param transmit whether the account may send on it: a server channel follows its operator's
 *     {@code transmit_internet}; a channel the account set itself may always be sent on
 */
public record ChannelSlot(String name, ChannelKey key, boolean transmit) {

    public ChannelSlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }
}
