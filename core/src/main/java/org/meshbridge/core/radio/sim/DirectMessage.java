package org.meshbridge.core.radio.sim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.packet.Path;

/**
 * A TXT_MSG a {@link SimCompanion} received from a contact (plain text or CLI data).
 *
 * @param from the contact's name
 * @param text the text
 * @param senderTimestamp the sender's clock, from the plaintext
 * @param txtTypeCode 0 plain, 1 CLI data
 * @param attempt the sender's attempt number
 * @param floodPath the path it came by when it was flooded; empty when it came direct
 * @param receivedAt when it arrived
 */
public record DirectMessage(String from, String text, long senderTimestamp, int txtTypeCode, int attempt,
                            Optional<Path> floodPath, Instant receivedAt) {

    public DirectMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(floodPath, "floodPath");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
