package org.meshbridge.core.node;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * A decrypted channel datagram (GRP_TXT or GRP_DATA) for a channel an endpoint registered.
 *
 * @param type GRP_TXT or GRP_DATA
 * @param channel the key that opened it
 * @param plaintext the decrypted bytes, with zero padding ({@code GroupTextContent}, {@code GroupDataContent})
 * @param arrival how it came
 */
public record GroupMessage(PayloadType type, ChannelKey channel, Bytes plaintext, Arrival arrival) {

    public GroupMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(arrival, "arrival");
    }
}
