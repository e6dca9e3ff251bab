package org.meshbridge.server.web.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.meshbridge.server.web.SharedText;
import org.meshbridge.server.web.WebSocketLimits;
import org.meshbridge.server.web.WebSocketRoute;
import org.meshbridge.server.web.WebSocketSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live events on {@value #PATH}: add {@link #route()} to the HTTP listener, then
 * {@link #publish} events from any thread. Each event is serialised once; one task per Netty event
 * loop writes a view of the same bytes to every client on that loop whose viewer may see it
 * ({@link LiveConnection#wants}). Events published one after another (or concurrently: publishing
 * is serialised) reach every client in the same order.
 *
 * <p>Clients authenticate at the upgrade ({@link LiveAdmission}); on connect they get
 * {@code {"type":"welcome","user":name,"protocol":1}} and from then on every event for every room
 * they may read, until they narrow it with {@code {"type":"subscribe","rooms":[...]}}
 * ({@link LiveRequestParser}). A client that lets more than
 * {@link WebSocketLimits#outboundBufferBytes()} pile up is closed with
 * {@link WebSocketLimits#SLOW_CLIENT_CLOSE_CODE}; a quiet one is pinged, a silent one closed.
 */
public final class LiveHub implements AutoCloseable {

    /** The path of the live endpoint. */
    public static final String PATH = "/ws";
    /** The subprotocol a client offers (and the server selects). */
    public static final String SUBPROTOCOL = "meshbridge.v1";
    /** A client may carry its token as the subprotocol {@code bearer.<token>} next to {@link #SUBPROTOCOL}. */
    public static final String BEARER_SUBPROTOCOL_PREFIX = "bearer.";
    /** The close code of a connection whose session expired (as the gateway's 4401: authentication). */
    public static final int SESSION_ENDED_CLOSE_CODE = 4401;
    /** The live protocol's version, in the welcome message. */
    public static final int PROTOCOL_VERSION = 1;
    /**
     * Inbound messages up to 4 KiB; a ping after 30 s of quiet, closed after 75 s without a frame
     * from the client; closed as slow with 256 KiB unread; 5 s to take a close frame.
     */
    public static final WebSocketLimits DEFAULT_LIMITS = new WebSocketLimits(4096, Duration.ofSeconds(30),
            Duration.ofSeconds(75), 256 * 1024, Duration.ofSeconds(5));

    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    /** Counters shared with the shards. */
    static final class Counters {
        final LongAdder published = new LongAdder();
        final LongAdder delivered = new LongAdder();
        final LongAdder undelivered = new LongAdder();
        final AtomicInteger connected = new AtomicInteger();
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final WebSocketRoute route;
    private final LiveRequestParser parser = new LiveRequestParser();
    private final Map<Executor, LiveShard> shards = new ConcurrentHashMap<>();
    private final Counters counters = new Counters();
    private final Object publishing = new Object();
    private volatile boolean closed;

    /** A hub with {@link #DEFAULT_LIMITS}, a plain Jackson mapper and the system clock. */
    public LiveHub(LiveAuthenticator authenticator) {
        this(authenticator, DEFAULT_LIMITS, new ObjectMapper(), Clock.systemUTC());
    }

    /**
     * @param authenticator turns bearer tokens into viewers
     * @param limits inbound size, heartbeat and slow-client bounds of every connection
     * @param json writes event bodies (configure modules, e.g. for {@code java.time}, here)
     * @param clock the clock viewers' session expiry is checked against (the accounts' clock)
     */
    public LiveHub(LiveAuthenticator authenticator, WebSocketLimits limits, ObjectMapper json, Clock clock) {
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.route = new WebSocketRoute(PATH, limits, new LiveAdmission(this, authenticator));
    }

    /** The WebSocket route to give the HTTP listener ({@code HttpOptions.withWebSocket}). */
    public WebSocketRoute route() {
        return route;
    }

    /**
     * Sends {@code event} to every connected client that may see it. Returns once the event is
     * serialised and queued to each event loop; delivery happens there.
     *
     * @throws IllegalArgumentException if the body is not a JSON object with a non-empty string {@code type}
     */
    public void publish(LiveEvent event) {
        byte[] bytes = serialise(event.body());
        synchronized (publishing) {
            counters.published.increment();
            try (SharedText text = SharedText.ofUtf8(bytes)) {
                for (LiveShard shard : shards.values()) {
                    SharedText held = text.retain();
                    try {
                        shard.executor().execute(() -> {
                            try {
                                shard.deliver(event.audience(), held, counters, clock.instant());
                            } finally {
                                held.close();
                            }
                        });
                    } catch (RejectedExecutionException e) {
                        held.close();
                    }
                }
            }
        }
    }

    /**
     * Closes every connection whose session has expired (with {@link #SESSION_ENDED_CLOSE_CODE}),
     * also those that no event reaches: the server calls it every {@code SESSION_SWEEP}. Returns at
     * once; the closing happens on each event loop.
     */
    public void closeExpiredSessions() {
        for (LiveShard shard : shards.values()) {
            try {
                shard.executor().execute(() -> shard.closeExpired(counters, clock.instant()));
            } catch (RejectedExecutionException e) {
                // the loop is shutting down: its connections are closing anyway
            }
        }
    }

    /** Clients connected now. */
    public int connectedClients() {
        return counters.connected.get();
    }

    /** The counters now. */
    public LiveStats stats() {
        return new LiveStats(counters.connected.get(), counters.published.sum(), counters.delivered.sum(),
                counters.undelivered.sum());
    }

    /**
     * Closes (1008, {@code reason}) the connections of every viewer {@code which} matches, e.g.
     * after a token was revoked or an account removed. Asynchronous.
     */
    public void disconnect(Predicate<LiveViewer> which, String reason) {
        forEachConnection(connection -> {
            if (which.test(connection.viewer())) {
                connection.session().close(WebSocketCloseStatus.POLICY_VIOLATION.code(), reason);
            }
        });
    }

    /** Closes every connection (1001) and refuses new ones. Asynchronous; idempotent. */
    @Override
    public void close() {
        closed = true;
        forEachConnection(connection -> connection.session().close(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(),
                "server shutting down"));
    }

    /** A new authenticated connection (on its event loop): registered, then welcomed. */
    LiveConnection open(WebSocketSession session, LiveViewer viewer) {
        LiveConnection connection = new LiveConnection(this, session, viewer);
        if (closed) {
            session.close(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), "server shutting down");
            return connection;
        }
        LiveShard shard = shards.computeIfAbsent(session.executor(), LiveShard::new);
        session.executor().execute(() -> {
            shard.add(connection);
            counters.connected.incrementAndGet();
            connection.reply(Optional.empty(), "welcome",
                    LiveConnection.fields("user", viewer.name(), "protocol", PROTOCOL_VERSION));
        });
        return connection;
    }

    /** A connection went away (on its event loop). */
    void remove(LiveConnection connection) {
        LiveShard shard = shards.get(connection.session().executor());
        if (shard != null) {
            shard.executor().execute(() -> {
                if (shard.remove(connection)) {
                    counters.connected.decrementAndGet();
                }
            });
        }
    }

    LiveRequestParser parser() {
        return parser;
    }

    /** {@code body} as JSON text, for one client's reply. */
    String encode(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass(), e);
        }
    }

    private byte[] serialise(Object body) {
        JsonNode tree = json.valueToTree(body);
        JsonNode type = tree == null ? null : tree.get("type");
        if (tree == null || !tree.isObject() || type == null || !type.isTextual() || type.textValue().isEmpty()) {
            throw new IllegalArgumentException("a live event must be a JSON object with a string \"type\": "
                    + body.getClass().getName());
        }
        try {
            return json.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + body.getClass().getName(), e);
        }
    }

    private void forEachConnection(Consumer<LiveConnection> action) {
        for (LiveShard shard : shards.values()) {
            try {
                shard.executor().execute(() -> {
                    for (LiveConnection connection : shard.all()) {
                        action.accept(connection);
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.debug("event loop already stopped: {}", e.toString());
            }
        }
    }
}
