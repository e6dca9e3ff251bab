package org.meshbridge.core.radio.sim;

import java.time.Instant;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A room server push (TXT_MSG of type SIGNED_PLAIN) a {@link SimCompanion} received and ACKed.
 *
 * @param room the room contact's name
 * @param authorPrefix the first 4 bytes of the post author's public key
 * @param text the post
 * @param postTimestamp the room's timestamp of the post
 * @param receivedAt when it arrived
 */
public record RoomPost(String room, Bytes authorPrefix, String text, long postTimestamp, Instant receivedAt) {

    public RoomPost {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(authorPrefix, "authorPrefix");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
