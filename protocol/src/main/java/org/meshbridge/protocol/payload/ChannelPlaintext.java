package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * A group datagram opened with one of several channel keys: which key opened it, and what it said.
 *
 * @param channel the key whose hash matched and whose MAC verified
 * @param content the decrypted plaintext ({@link GroupTextContent}, {@link GroupDataContent}, or raw bytes)
 * @param <C>     the plaintext type
 */
public record ChannelPlaintext<C>(ChannelKey channel, C content) {

    public ChannelPlaintext {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(content, "content");
    }
}
