package org.meshbridge.server.web.live;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import org.meshbridge.server.web.SharedText;

/**
 * The live clients served by one Netty event loop. Touched only on that loop, so one task per
 * loop delivers an event to all of its clients without locks or per-client tasks. Adds and
 * removes from outside arrive as tasks of their own, never from inside {@link #deliver}.
 */
final class LiveShard {

    private final Executor executor;
    private final Set<LiveConnection> connections = new LinkedHashSet<>();

    LiveShard(Executor executor) {
        this.executor = executor;
    }

    Executor executor() {
        return executor;
    }

    /** On the loop. */
    void add(LiveConnection connection) {
        connections.add(connection);
    }

    /** On the loop; true if it was here. */
    boolean remove(LiveConnection connection) {
        return connections.remove(connection);
    }

    /**
     * On the loop: sends {@code text} to every client here that wants {@code audience}. A client
     * the send refuses (closing, or closed now as too slow) leaves the shard at once, and so does
     * one whose session has expired by {@code now} (closed with {@link LiveHub#SESSION_ENDED_CLOSE_CODE}).
     */
    void deliver(Audience audience, SharedText text, LiveHub.Counters counters, Instant now) {
        long delivered = 0;
        long undelivered = 0;
        for (Iterator<LiveConnection> it = connections.iterator(); it.hasNext(); ) {
            LiveConnection connection = it.next();
            if (closedAsExpired(connection, counters, now)) {
                it.remove();
            } else if (connection.wants(audience)) {
                if (connection.send(text)) {
                    delivered++;
                } else {
                    undelivered++;
                    it.remove();
                    counters.connected.decrementAndGet();
                }
            }
        }
        counters.delivered.add(delivered);
        counters.undelivered.add(undelivered);
    }

    /** On the loop: closes and drops every client here whose session has expired by {@code now}. */
    void closeExpired(LiveHub.Counters counters, Instant now) {
        connections.removeIf(connection -> closedAsExpired(connection, counters, now));
    }

    /** Closes {@code connection} if its session has expired by {@code now}; true if it did (drop it then). */
    private static boolean closedAsExpired(LiveConnection connection, LiveHub.Counters counters, Instant now) {
        if (!connection.viewer().expired(now)) {
            return false;
        }
        connection.session().close(LiveHub.SESSION_ENDED_CLOSE_CODE, "session expired; sign in again");
        counters.connected.decrementAndGet();
        return true;
    }

    /** On the loop: every client here, for closing. */
    LiveConnection[] all() {
        return connections.toArray(LiveConnection[]::new);
    }
}
