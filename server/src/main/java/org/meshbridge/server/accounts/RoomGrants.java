package org.meshbridge.server.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Per-room permissions: room name to {@link RoomPermission}, where {@value #ANY_ROOM} stands for
 * every room not named. Written {@code lobby,news:read,*:read} (a room without {@code :…} gets
 * {@code post}); the store keeps the same text.
 */
public record RoomGrants(Map<String, RoomPermission> byRoom) {

    /** The entry that applies to every room not named. */
    public static final String ANY_ROOM = "*";
    /** Every room, read and post. */
    public static final RoomGrants ALL = new RoomGrants(Map.of(ANY_ROOM, RoomPermission.POST));
    /** Every room, read only. */
    public static final RoomGrants READ_ALL = new RoomGrants(Map.of(ANY_ROOM, RoomPermission.READ));
    /** No room at all. */
    public static final RoomGrants NONE = new RoomGrants(Map.of());

    /** Room names as the config allows them: 1..31 of letters, digits, '.', '_', '-'. */
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9._-]{1,31}");
    private static final int MAX_ROOMS = 256;

    public RoomGrants {
        Objects.requireNonNull(byRoom, "byRoom");
        byRoom = Map.copyOf(new TreeMap<>(byRoom));
    }

    /** The permission in {@code room}: its own entry, else the {@value #ANY_ROOM} entry. */
    public Optional<RoomPermission> permission(String room) {
        RoomPermission own = byRoom.get(room);
        return Optional.ofNullable(own != null ? own : byRoom.get(ANY_ROOM));
    }

    /**
     * Reads {@code lobby,news:read,*:read}: entries separated by commas (spaces allowed), each a room
     * name or {@code *}, optionally {@code :read} or {@code :post} (default post). Empty text is no room.
     *
     * @throws AccountException with {@link AccountException.Reason#INVALID_ROOMS} saying which entry is wrong
     */
    public static RoomGrants parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, RoomPermission> grants = new LinkedHashMap<>();
        if (text.isBlank()) {
            return NONE;
        }
        for (String raw : text.split(",", -1)) {
            String entry = raw.strip();
            int colon = entry.indexOf(':');
            String room = colon < 0 ? entry : entry.substring(0, colon).strip();
            String perm = colon < 0 ? "post" : entry.substring(colon + 1);
            if (!room.equals(ANY_ROOM) && !ROOM.matcher(room).matches()) {
                throw invalid("\"" + entry + "\" is not a room name (1..31 of letters, digits, '.', '_', '-') or *");
            }
            RoomPermission permission = RoomPermission.fromCode(perm)
                    .orElseThrow(() -> invalid("\"" + entry + "\": the permission after ':' must be read or post"));
            if (grants.put(room, permission) != null) {
                throw invalid("room " + room + " is listed twice");
            }
            if (grants.size() > MAX_ROOMS) {
                throw invalid("more than " + MAX_ROOMS + " rooms");
            }
        }
        return new RoomGrants(grants);
    }

    /** The text {@link #parse} reads back: entries by room name, {@code *} sorting first. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, RoomPermission> e : new TreeMap<>(byRoom).entrySet()) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(e.getKey()).append(':').append(e.getValue().code());
        }
        return text.toString();
    }

    /** The same grants with nothing above {@code read} (for read-only accounts). */
    RoomGrants readOnly() {
        Map<String, RoomPermission> capped = new LinkedHashMap<>();
        byRoom.keySet().forEach(room -> capped.put(room, RoomPermission.READ));
        return new RoomGrants(capped);
    }

    private static AccountException invalid(String message) {
        return new AccountException(AccountException.Reason.INVALID_ROOMS, "rooms: " + message);
    }

    @Override
    public String toString() {
        return byRoom.isEmpty() ? "(no rooms)" : encode();
    }
}
