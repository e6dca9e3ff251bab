package org.meshbridge.core.room;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A post about to be stored.
 *
 * @param room       the room's configured name
 * @param timestamp  the room's post timestamp, epoch seconds; strictly increasing within a room
 *                   (the room guarantees it, as the firmware's {@code getCurrentTimeUnique})
 * @param authorKey  the author's 32-byte public key when known (RF clients, internet users'
 *                   mesh identities, the room itself); empty for channel posts
 * @param authorName the name shown to readers (advert name, account name, or the channel sender)
 * @param origin     where it came from
 * @param text       the whole text, UTF-8, of any length (RF pushes split long posts)
 */
public record PostDraft(String room, long timestamp, Optional<Bytes> authorKey, String authorName,
                        PostOrigin origin, String text) {

    public PostDraft {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        if (room.isEmpty()) {
            throw new IllegalArgumentException("room name is empty");
        }
        if (timestamp < 0 || timestamp > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("timestamp must fit a u32, was " + timestamp);
        }
        authorKey.ifPresent(k -> {
            if (k.size() != 32) {
                throw new IllegalArgumentException("author key must be 32 bytes, was " + k.size());
            }
        });
    }
}
