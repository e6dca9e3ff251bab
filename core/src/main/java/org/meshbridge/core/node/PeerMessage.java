package org.meshbridge.core.node;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A decrypted datagram for a local endpoint: TXT_MSG, REQ or RESPONSE from a peer the endpoint
 * knows, a RESPONSE carried in a PATH, or an ANON_REQ from any sender.
 *
 * @param type TXT_MSG, REQ, RESPONSE or ANON_REQ
 * @param recipient the local identity it was for
 * @param sender the peer whose key opened it (for ANON_REQ the key it carried)
 * @param plaintext the decrypted bytes, with the cipher's zero padding
 * @param arrival how it came
 */
public record PeerMessage(PayloadType type, LocalIdentity recipient, Identity sender, Bytes plaintext, Arrival arrival) {

    public PeerMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(arrival, "arrival");
    }

    /** The text message, for TXT_MSG plaintexts that parse. */
    public Optional<TextMessageContent> text() {
        if (type != PayloadType.TXT_MSG) {
            return Optional.empty();
        }
        try {
            return Optional.of(TextMessageContent.decode(plaintext));
        } catch (MalformedFrameException malformed) {
            return Optional.empty();
        }
    }
}
