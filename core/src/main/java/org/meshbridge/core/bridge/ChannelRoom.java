package org.meshbridge.core.bridge;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.GroupMessage;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.core.room.HostedRoom;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.room.RfText;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.core.room.RoomHost;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.PlaintextLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A group channel bridged as a room. Every text heard on the channel is stored (origin
 * {@link PostOrigin#CHANNEL}) with the sender name it claims, which is unauthenticated; the
 * node's duplicate table keeps a text heard over several repeaters, and our own transmissions,
 * from being stored twice. Internet posts are stored and, only when the operator enabled
 * {@link ChannelRoomConfig#transmitInternet}, flooded on the channel as {@code "author: text"}
 * (in numbered parts when long, see {@link RfText}) through the airtime budget as
 * {@link TrafficOrigin#INTERNET}. GRP_DATA is ignored.
 *
 * <p>The node delivers channel traffic to endpoints, so the channel room registers one: an
 * identity derived from the channel secret that never advertises and knows no peers. Single
 * writer: everything runs on the host's scheduler thread.
 */
public final class ChannelRoom implements HostedRoom, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRoom.class);
    private static final String SEPARATOR = ": ";
    private static final String UNKNOWN_SENDER = "?";

    private final ChannelRoomConfig config;
    private final RoomHost host;
    private final LocalIdentity endpointIdentity;
    private long lastTimestamp;

    private ChannelRoom(ChannelRoomConfig config, RoomHost host) {
        this.config = config;
        this.host = host;
        this.endpointIdentity = LocalIdentity.fromSeed(seed(config.channel()));
        this.lastTimestamp = host.posts().lastTimestamp(config.name()).orElse(0);
    }

    /** Starts listening on the channel. */
    public static ChannelRoom open(ChannelRoomConfig config, RoomHost host) {
        ChannelRoom room = new ChannelRoom(config, host);
        host.node().register(room.new Endpoint());
        LOG.info("channel room {} open on channel hash {}, internet posts {}", config.name(), config.channel().hash(),
                config.transmitInternet() ? "transmitted" : "stored only");
        return room;
    }

    @Override
    public String name() {
        return config.name();
    }

    public ChannelRoomConfig config() {
        return config;
    }

    /** Stores the post; once durable, sends it on the channel if the operator enabled that. */
    @Override
    public CompletionStage<Post> postFromInternet(String author, String text) {
        if (author == null || author.isBlank() || text == null || text.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a post needs an author and text"));
        }
        CompletionStage<Post> stored = store(Optional.empty(), author, PostOrigin.INTERNET, text.replace('\0', ' '));
        if (!config.transmitInternet()) {
            return stored;
        }
        return stored.thenApply(post -> {
            transmit(post);
            return post;
        });
    }

    /**
     * Stores a text an account already sent on the channel itself (a virtual companion's
     * {@code CMD_SEND_CHANNEL_TXT_MSG}) as an internet post by that account, without transmitting
     * it again: the node does not hear its own packets, so without this the web, MQTT and the
     * store would never see it.
     *
     * @param authorKey the account's mesh public key
     * @param authorName the name the text was sent under
     * @param text the text without the {@code "name: "} prefix
     */
    public CompletionStage<Post> recordSent(Bytes authorKey, String authorName, String text) {
        if (authorName == null || authorName.isBlank() || text == null || text.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a post needs an author and text"));
        }
        return store(Optional.of(authorKey), authorName, PostOrigin.INTERNET, text.replace('\0', ' '));
    }

    @Override
    public void close() {
        host.node().unregister(endpointIdentity);
    }

    /** Floods the post on the channel as one or more GRP_TXT messages whose sender is the author. */
    private void transmit(Post post) {
        int budget = PlaintextLimits.MAX_TEXT_BYTES - Bytes.utf8(post.authorName() + SEPARATOR).size();
        for (String part : RfText.split(post.text(), Math.max(budget, 16))) {
            GroupTextContent content = GroupTextContent.of(nextTimestamp(), post.authorName(), part);
            host.node().sendGroupText(config.channel(), content, TrafficOrigin.INTERNET);
        }
    }

    private void heard(GroupMessage message) {
        if (message.type() != PayloadType.GRP_TXT) {
            return;
        }
        GroupTextContent content;
        try {
            content = GroupTextContent.decode(message.plaintext());
        } catch (MalformedFrameException notText) {
            return;
        }
        String whole = content.text().utf8();
        int split = whole.indexOf(SEPARATOR);
        String sender = split > 0 ? whole.substring(0, split) : UNKNOWN_SENDER;
        String text = split > 0 ? whole.substring(split + SEPARATOR.length()) : whole;
        store(Optional.empty(), sender, PostOrigin.CHANNEL, text);
    }

    private CompletionStage<Post> store(Optional<Bytes> author, String authorName, PostOrigin origin, String text) {
        PostDraft draft = new PostDraft(config.name(), nextTimestamp(), author, authorName, origin, text);
        CompletableFuture<Post> done = new CompletableFuture<>();
        host.posts().append(draft).whenComplete((post, error) -> host.scheduler().execute(() -> {
            if (error != null) {
                LOG.warn("channel room {}: storing a post failed", config.name(), error);
                done.completeExceptionally(error);
                return;
            }
            host.events().publish(new RoomEvent.PostStored(config.name(), post, host.scheduler().now()));
            done.complete(post);
        }));
        return done;
    }

    private long nextTimestamp() {
        lastTimestamp = Math.max(host.epochSeconds(), lastTimestamp + 1);
        return lastTimestamp;
    }

    private static Bytes seed(ChannelKey channel) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(Bytes.utf8("meshbridge channel room ").toArray());
            sha.update(channel.secret().toArray());
            return Bytes.of(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** What the node delivers: texts on the channel. */
    private final class Endpoint implements LocalEndpoint {

        @Override
        public LocalIdentity identity() {
            return endpointIdentity;
        }

        @Override
        public List<Identity> peersWithHash(int hash) {
            return List.of();
        }

        @Override
        public List<ChannelKey> channels() {
            return List.of(config.channel());
        }

        @Override
        public void onGroupMessage(GroupMessage message) {
            heard(message);
        }
    }
}
