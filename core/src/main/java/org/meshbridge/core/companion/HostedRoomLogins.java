package org.meshbridge.core.companion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.RoomRole;
import org.meshbridge.core.room.RfText;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A companion's logins to rooms hosted on its own node, served without the radio: the login checks
 * the room's password, the room's recent history since the last post this companion received is
 * delivered, and every new post by someone else lands in the inbox as the room's signed-plain
 * message (author key prefix, {@code "name: text"} for internet posts), like a room push. Logins
 * last until logout or restart. Confined to the scheduler thread.
 */
final class HostedRoomLogins {

    /** Posts of history delivered at most on a login. */
    static final int HISTORY_ON_LOGIN = 32;
    private static final int AUTHOR_PREFIX_BYTES = 4;

    private final VirtualCompanion companion;
    /** Rooms logged in to, by key; and per room the newest post timestamp delivered (0 = none yet). */
    private final Set<Bytes> loggedIn = new HashSet<>();
    private final Map<Bytes, Long> cursors = new HashMap<>();

    HostedRoomLogins(VirtualCompanion companion) {
        this.companion = companion;
    }

    LoginResult login(Room room, String password) {
        Bytes key = room.identity().publicKey();
        Optional<RoomRole> role = room.roleForPassword(password);
        if (role.isEmpty()) {
            loggedIn.remove(key);
            return LoginResult.refused(key);
        }
        loggedIn.add(key);
        List<Post> latest = companion.host().posts().latest(room.name(), HISTORY_ON_LOGIN);
        for (int i = latest.size() - 1; i >= 0; i--) {
            deliver(room, latest.get(i));
        }
        return new LoginResult(key, true, role.get() == RoomRole.ADMIN, role.get().code(), companion.epochSeconds());
    }

    void logout(Bytes roomKey) {
        loggedIn.remove(roomKey);
    }

    boolean isLoggedIn(Bytes roomKey) {
        return loggedIn.contains(roomKey);
    }

    /** A post stored in any room: delivered if this companion is logged in there and did not write it. */
    void onPost(Post post) {
        for (Room room : companion.host().rooms()) {
            if (room.name().equals(post.room()) && loggedIn.contains(room.identity().publicKey())) {
                deliver(room, post);
            }
        }
    }

    private void deliver(Room room, Post post) {
        Bytes key = room.identity().publicKey();
        long cursor = cursors.getOrDefault(key, 0L);
        if (post.timestamp() <= cursor) {
            return;
        }
        cursors.put(key, post.timestamp());
        if (post.authorKey().filter(companion.identity().publicKey()::equals).isPresent()) {
            return;
        }
        Bytes author = post.authorKey().orElse(key).prefix(AUTHOR_PREFIX_BYTES);
        String text = RfText.attributed(post.origin(), post.authorName(), post.text());
        companion.deliver(new InboxMessage.Direct(key, InboxMessage.DIRECT, 2, post.timestamp(), Optional.of(author), text,
                Optional.empty()));
    }
}
