package org.meshbridge.server.web.live;

import java.util.Objects;

/** Which connected viewers an event is for. */
public sealed interface Audience {

    /** Viewers who may read {@code room} and have not narrowed their subscription to other rooms. */
    static Audience room(String room) {
        return new Room(room);
    }

    /** Every authenticated viewer (e.g. node updates). */
    static Audience everyone() {
        return Everyone.INSTANCE;
    }

    /** Administrators only. */
    static Audience admins() {
        return Admins.INSTANCE;
    }

    /** The clients of one account (direct messages, their delivery state). */
    static Audience account(String name) {
        return new Account(name);
    }

    /** One account's clients, by {@link LiveViewer#name()}. */
    record Account(String name) implements Audience {
        public Account {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The readers of one room or channel. */
    record Room(String name) implements Audience {
        public Room {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Everyone connected. */
    enum Everyone implements Audience {
        INSTANCE
    }

    /** Administrators. */
    enum Admins implements Audience {
        INSTANCE
    }
}
