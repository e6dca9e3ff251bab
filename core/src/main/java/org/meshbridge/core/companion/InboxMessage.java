package org.meshbridge.core.companion;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A message waiting in a companion's inbox, in the form a companion app receives it
 * ({@code MyMesh::queueMessage}, {@code onChannelMessageRecv}).
 */
public sealed interface InboxMessage {

    /** The sender's clock (uint32 epoch seconds). */
    long senderTimestamp();

    /** The flood path_len byte it came with, or 0xFF when it came direct (or from this server). */
    int pathLen();

    /** The signal it was heard with; empty for messages that never crossed the radio. */
    Optional<SignalReport> signal();

    /** Its text. */
    String text();

    /** Path length value for messages that came direct or from within this server ({@code 0xFF}). */
    int DIRECT = 0xFF;

    /**
     * A direct message to the account's identity, or a room post delivered to it.
     *
     * @param sender the sender's 32-byte public key (for room posts, the room's)
     * @param txtType 0 plain, 1 CLI data, 2 signed plain (room posts)
     * @param authorPrefix for signed plain: the first 4 key bytes of the post's author
     */
    record Direct(Bytes sender, int pathLen, int txtType, long senderTimestamp, Optional<Bytes> authorPrefix,
                  String text, Optional<SignalReport> signal) implements InboxMessage {
        public Direct {
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(authorPrefix, "authorPrefix");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(signal, "signal");
        }
    }

    /**
     * A channel message on one of the account's channel slots.
     *
     * @param channelIdx the slot index
     * @param text {@code "sender: message"}, as sent on the air
     */
    record Channel(int channelIdx, int pathLen, long senderTimestamp, String text, Optional<SignalReport> signal)
            implements InboxMessage {
        public Channel {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(signal, "signal");
        }
    }
}
