package org.meshbridge.server.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.WebSocketEndpoint;
import org.meshbridge.server.web.WebSocketRoute;
import org.meshbridge.server.web.WebSocketSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of remote gateways: serves {@link GatewayProtocol#PATH} (add {@link #route()} to the
 * HTTP listener), checks each hello against {@link GatewayTokens}, and keeps one
 * {@link GatewayRadioLink} per gateway id for the node.
 *
 * <p>A gateway's link is created at its first accepted hello ({@link Listener#linkAdded}) and stays,
 * {@code Down} while the gateway is away, so the node's airtime budget for it survives reconnects.
 * It is replaced (removed, then a new one added) when a hello reports different radio parameters,
 * and removed when the node closes it or the registry closes. A newer connection of the same
 * gateway takes over from an older one, which is closed with {@link CloseCode#REPLACED}. Dedupe
 * across gateways and each link's airtime budget are the node's job.
 */
public final class GatewayRegistry implements WebSocketEndpoint, AutoCloseable {

    /** Added to a frame's time-on-air before an unanswered {@code tx} counts as FAILED. */
    public static final Duration DEFAULT_TX_TIMEOUT_MARGIN = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(GatewayRegistry.class);

    /** What the node hears about links. Called under the registry's lock: hand work on, do not block. */
    public interface Listener {

        /** A link appeared: start it. */
        void linkAdded(GatewayRadioLink link);

        /** A link is gone for good (already closed). */
        void linkRemoved(GatewayRadioLink link);
    }

    private final GatewayTokens tokens;
    private final Scheduler scheduler;
    private final Duration txTimeoutMargin;
    private final Map<String, GatewayRadioLink> links = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    /**
     * @param tokens the gateways accepted and their tokens
     * @param scheduler the node's scheduler: the clock of received frames and the tx timeouts
     */
    public GatewayRegistry(GatewayTokens tokens, Scheduler scheduler) {
        this(tokens, scheduler, DEFAULT_TX_TIMEOUT_MARGIN);
    }

    public GatewayRegistry(GatewayTokens tokens, Scheduler scheduler, Duration txTimeoutMargin) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.txTimeoutMargin = Objects.requireNonNull(txTimeoutMargin, "txTimeoutMargin");
    }

    /** The WebSocket route to give the HTTP listener. */
    public WebSocketRoute route() {
        return new WebSocketRoute(GatewayProtocol.PATH, GatewayProtocol.MAX_MESSAGE_BYTES, this);
    }

    /** Adds {@code listener} and tells it of every link that already exists. */
    public synchronized void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        links.values().forEach(listener::linkAdded);
    }

    /** The current links, in the order they were added. */
    public synchronized List<GatewayRadioLink> links() {
        return List.copyOf(links.values());
    }

    /** The link of gateway {@code gatewayId}, if it has said hello. */
    public synchronized Optional<GatewayRadioLink> link(String gatewayId) {
        return Optional.ofNullable(links.get(gatewayId));
    }

    @Override
    public Connection open(WebSocketSession session) {
        return new GatewayConnection(this, session);
    }

    /** Closes every link (and so every gateway connection). */
    @Override
    public void close() {
        List<GatewayRadioLink> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(links.values());
        }
        all.forEach(RadioLink::close);
    }

    /** Checks {@code hello}; on success welcomes the gateway and returns its link, else closes and returns null. */
    GatewayRadioLink accept(GatewayConnection connection, Hello hello) {
        String remote = connection.remoteAddress();
        if (hello.protocol() != GatewayProtocol.VERSION) {
            LOG.warn("gateway '{}' from {} speaks protocol {}, refused (this server speaks {})",
                    hello.gatewayId(), remote, hello.protocol(), GatewayProtocol.VERSION);
            connection.close(CloseCode.UNSUPPORTED_VERSION, "protocol " + hello.protocol()
                    + " not supported; this server speaks " + GatewayProtocol.VERSION);
            return null;
        }
        if (!tokens.verify(hello.gatewayId(), hello.token())) {
            LOG.warn("gateway '{}' from {} refused: unknown gateway id or wrong token", hello.gatewayId(), remote);
            connection.close(CloseCode.UNAUTHORIZED, "authentication failed");
            return null;
        }
        GatewayRadioLink link = linkFor(hello);
        if (link == null) {
            connection.close(CloseCode.NORMAL, "server stopping");
            return null;
        }
        Welcome welcome = new Welcome(GatewayProtocol.VERSION, link.id(), GatewayProtocol.MAX_MESSAGE_BYTES,
                HttpServer.IDLE_TIMEOUT_SECONDS);
        GatewayConnection previous = link.attach(connection, hello.radioState(), welcome);
        if (previous != null) {
            previous.close(CloseCode.REPLACED, "replaced by a newer connection from " + remote);
        }
        LOG.info("gateway '{}' connected from {} as {} ({}, {})", hello.gatewayId(), remote, link.id(),
                hello.software(), hello.radio());
        return link;
    }

    private GatewayRadioLink linkFor(Hello hello) {
        GatewayRadioLink stale;
        synchronized (this) {
            if (closed) {
                return null;
            }
            GatewayRadioLink existing = links.get(hello.gatewayId());
            if (existing != null && existing.modulation().equals(hello.radio())) {
                return existing;
            }
            stale = existing;
        }
        if (stale != null) {
            LOG.info("gateway '{}' now reports {} (was {}): replacing its link", hello.gatewayId(), hello.radio(),
                    stale.modulation());
            stale.close();
        }
        synchronized (this) {
            if (closed) {
                return null;
            }
            GatewayRadioLink link = new GatewayRadioLink(hello.gatewayId(), hello.radio(), scheduler, txTimeoutMargin,
                    this::removed);
            links.put(hello.gatewayId(), link);
            listeners.forEach(listener -> listener.linkAdded(link));
            return link;
        }
    }

    private synchronized void removed(GatewayRadioLink link) {
        if (links.remove(link.gatewayId(), link)) {
            listeners.forEach(listener -> listener.linkRemoved(link));
        }
    }
}
