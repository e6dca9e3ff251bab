package org.meshbridge.core.room;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MeshCore room server hosted on a {@link org.meshbridge.core.node.MeshNode}, with its history
 * in a {@link PostStore} and its access list in an {@link AclStore}. Stock companions log in,
 * post and sync as with a firmware room (spec §7); beyond the firmware, history is unlimited and
 * durable, every client's cursor survives restarts, posts are ACKed only once durable, long posts
 * are pushed in numbered parts and internet posts are attributed ({@link RfText}).
 *
 * <p>Single writer: {@link #open} and every method run on the host's scheduler thread.
 */
public final class Room implements HostedRoom, AutoCloseable {

    /** The longest post accepted from the internet, in UTF-8 bytes (about 27 RF parts). */
    public static final int MAX_POST_BYTES = 4000;

    private static final Logger LOG = LoggerFactory.getLogger(Room.class);
    private static final Duration RETENTION_CHECK = Duration.ofHours(1);

    private final RoomConfig config;
    private final RoomContext context;
    private final PushLoop pushes;
    private final RadioCounters radio = new RadioCounters();
    private final RoomAdverts adverts;
    private final RoomEndpoint endpoint;
    private Cancellable retention = () -> false;
    private boolean closed;

    private Room(RoomConfig config, RoomHost host) {
        this.config = config;
        this.context = new RoomContext(config, host);
        this.pushes = new PushLoop(context);
        this.adverts = new RoomAdverts(context, config);
        RoomReplies replies = new RoomReplies(context);
        this.endpoint = new RoomEndpoint(context, pushes, replies, new RoomRequests(context, pushes, replies, radio),
                new RoomCli(context, adverts::sendLater));
        context.onPostStored = () -> pushes.poke(RoomConstants.PUSH_NOTIFY_DELAY);
    }

    /**
     * Loads the room's ACL, registers it on the host's node, starts its adverts, retention and push loop.
     *
     * @throws IllegalArgumentException if the node already hosts an endpoint with this identity
     */
    public static Room open(RoomConfig config, RoomHost host) {
        Room room = new Room(config, host);
        room.context.acl.load();
        host.node().register(room.endpoint);
        host.node().addListener(room.radio);
        host.node().addListener(room.pushes.lateAcks());
        room.adverts.start();
        config.retention().ifPresent(keep -> room.retention = host.scheduler().scheduleAtFixedRate(Duration.ZERO,
                RETENTION_CHECK, () -> room.applyRetention(keep)));
        room.pushes.poke(RoomConstants.PUSH_NOTIFY_DELAY);
        LOG.info("room {} open as {} with {} clients and {} posts", config.name(), config.identity().publicKey().hex(),
                room.context.acl.size(), host.posts().count(config.name()));
        return room;
    }

    @Override
    public String name() {
        return config.name();
    }

    public LocalIdentity identity() {
        return config.identity();
    }

    public RoomConfig config() {
        return config;
    }

    /**
     * A post by an internet user, shown on RF as {@code "author: text"} with the room's key prefix.
     *
     * @return completes once durable; fails with {@link IllegalArgumentException} for an empty or
     *     over-long text, or with the store's error
     */
    @Override
    public CompletionStage<Post> postFromInternet(String author, String text) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("room " + name() + " is closed"));
        }
        Optional<String> problem = checkPost(author, text);
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.get()));
        }
        return context.store(Optional.empty(), author, PostOrigin.INTERNET, text);
    }

    /**
     * A post by an account of this server that reaches the room without the radio (a virtual
     * companion): stored with the account's mesh key, so the room does not push it back to that
     * key, and shown on RF as {@code "name: text"} like other internet posts.
     *
     * @return completes once durable; fails like {@link #postFromInternet}
     */
    public CompletionStage<Post> postFromAccount(Bytes authorKey, String authorName, String text) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("room " + name() + " is closed"));
        }
        Optional<String> problem = checkPost(authorName, text);
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.get()));
        }
        return context.store(Optional.of(authorKey), authorName, PostOrigin.INTERNET, text);
    }

    /**
     * The role a login with {@code password} gets now (admin, read-write, or read-only guest when
     * the room allows them), checked in constant time; empty when the room would not answer.
     */
    public Optional<RoomRole> roleForPassword(String password) {
        return context.settings.roleFor(Bytes.utf8(RoomSettings.cut(password)));
    }

    /** A post by the room itself (notices; the admin CLI's {@code room.post}). */
    public CompletionStage<Post> postSystem(String text) {
        return context.store(Optional.of(config.identity().publicKey()), config.name(), PostOrigin.SYSTEM, text);
    }

    /** The ACL now, in round-robin order. */
    public List<RoomMember> members() {
        return context.acl.all().stream()
                .map(c -> new RoomMember(c.identity.publicKey(), c.role, c.syncSince, c.lastActivity, c.pushFailures)).toList();
    }

    /** What GET_STATUS would answer now. */
    public ServerStats stats() {
        return radio.snapshot(context);
    }

    /** Sends the room's advert now (flood or zero-hop) and returns it. */
    public Packet advertNow(boolean flood) {
        return adverts.send(flood);
    }

    /** Stops the room: unregisters it from the node and stops its timers. Stored history and ACL stay. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        context.host.node().unregister(config.identity());
        adverts.stop();
        pushes.close();
        retention.cancel();
        radio.close();
    }

    static Optional<String> checkPost(String author, String text) {
        if (author == null || author.isBlank()) {
            return Optional.of("a post needs an author name");
        }
        if (text == null || text.isBlank()) {
            return Optional.of("a post needs text");
        }
        if (org.meshbridge.protocol.bytes.Utf8.length(text) > MAX_POST_BYTES) {
            return Optional.of("a post may have at most " + MAX_POST_BYTES + " bytes of text");
        }
        return Optional.empty();
    }

    private void applyRetention(Duration keep) {
        long cutoff = context.host.epochSeconds() - keep.toSeconds();
        long deleted = context.host.posts().deleteBefore(config.name(), cutoff);
        if (deleted > 0) {
            LOG.info("room {}: retention removed {} posts older than {}", config.name(), deleted, keep);
        }
    }
}
