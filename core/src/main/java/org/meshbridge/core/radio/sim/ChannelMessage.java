package org.meshbridge.core.radio.sim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A GRP_TXT a {@link SimCompanion} decrypted with one of its channels.
 *
 * @param channel the channel's name on this companion
 * @param sender the unauthenticated sender name before {@code ": "}, if any
 * @param message the text after the sender name
 * @param timestamp the sender's clock
 * @param hops how many repeaters it passed
 * @param receivedAt when it arrived
 */
public record ChannelMessage(String channel, Optional<String> sender, String message, long timestamp, int hops,
                             Instant receivedAt) {

    public ChannelMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
