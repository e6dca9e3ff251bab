package org.meshbridge.server.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.meshbridge.core.room.RfText;
import org.meshbridge.protocol.payload.PlaintextLimits;

/**
 * A room or channel the server hosts, and how its internet posts go on air.
 *
 * @param name the room's configured name
 * @param kind {@code room} (a room server: pushed to RF members) or {@code channel} (a channel room)
 * @param onAir false for a channel whose internet posts are stored but not transmitted
 */
public record RoomInfo(String name, Kind kind, boolean onAir) {

    /** What a room is. */
    public enum Kind { ROOM, CHANNEL }

    public RoomInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The bytes of text one RF message carries for {@code author}: RF readers see
     * {@code "author: text"}, in room pushes of {@link RfText#ROOM_PUSH_BYTES} or channel
     * messages of {@link PlaintextLimits#MAX_TEXT_BYTES}. A longer text is split into
     * {@code "(k/n) "} parts.
     */
    public int rfTextBytes(String author) {
        return Math.max(16, rfMessageBytes() - (author + ": ").getBytes(StandardCharsets.UTF_8).length);
    }

    /** The bytes of one RF message's text: a room push or a channel message. */
    public int rfMessageBytes() {
        return kind == Kind.ROOM ? RfText.ROOM_PUSH_BYTES : PlaintextLimits.MAX_TEXT_BYTES;
    }

    /** How many RF messages {@code text} by {@code author} takes (as the room splits it). */
    public int rfParts(String author, String text) {
        return kind == Kind.ROOM
                ? RfText.partCount(RfText.attributed(org.meshbridge.core.room.PostOrigin.INTERNET, author, text),
                        RfText.ROOM_PUSH_BYTES)
                : RfText.partCount(text, rfTextBytes(author));
    }
}
