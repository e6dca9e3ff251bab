package org.meshbridge.server.web.api;

/**
 * Where the resources hand live events for {@code /ws}: {@code post}, {@code node},
 * {@code delivery}, {@code dm}. The event is a JSON-serialisable record with a {@code type};
 * {@code room} (for post events) or {@code account} (for dm and delivery events) say who may
 * see it. Implementations must not block.
 */
public interface LiveEvents {

    /** Drops everything (no live clients). */
    LiveEvents NONE = new LiveEvents() {
        @Override
        public void toRoom(String room, Object event) {
        }

        @Override
        public void toAccount(String account, Object event) {
        }

        @Override
        public void toAll(Object event) {
        }
    };

    /** An event for the accounts that may read {@code room}. */
    void toRoom(String room, Object event);

    /** An event for one account's clients. */
    void toAccount(String account, Object event);

    /** An event for every signed-in client (node updates). */
    void toAll(Object event);
}
