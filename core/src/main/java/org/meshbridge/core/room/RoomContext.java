package org.meshbridge.core.room;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the parts of one room share: its identity, host, settings, ACL and clock, and the one way
 * posts enter it. Confined to the scheduler thread.
 */
final class RoomContext {

    private static final Logger LOG = LoggerFactory.getLogger(RoomContext.class);

    final String name;
    final LocalIdentity identity;
    final RoomHost host;
    final RoomSettings settings;
    final RoomAcl acl;
    final RoomClock clock;
    final long startedAt;
    /** {@code _num_posted}, {@code _num_post_pushes}. */
    int posted;
    int pushes;
    /** Set once the push loop exists: called when a post becomes durable. */
    Runnable onPostStored = () -> { };

    RoomContext(RoomConfig config, RoomHost host) {
        this.name = config.name();
        this.identity = config.identity();
        this.host = host;
        this.settings = new RoomSettings(config);
        this.acl = new RoomAcl(name, host.acls(), config.maxClients(), this::evicted);
        this.clock = new RoomClock(host::epochSeconds, lastUsedTimestamp(host.posts(), name));
        this.startedAt = host.epochSeconds();
    }

    /** The room's key prefix, the author of system posts and of internet posts without a mesh identity. */
    Bytes authorPrefix() {
        return identity.publicKey().prefix(RoomConstants.AUTHOR_PREFIX_BYTES);
    }

    /**
     * Stores a post with the next unique timestamps (one per part it will be pushed in).
     *
     * @return completes on the scheduler thread once the post is durable and announced
     */
    CompletionStage<Post> store(Optional<Bytes> authorKey, String authorName, PostOrigin origin, String text) {
        String clean = text.replace('\0', ' ');
        int parts = partCount(origin, authorName, clean);
        PostDraft draft = new PostDraft(name, clock.next(parts), authorKey, authorName, origin, clean);
        CompletableFuture<Post> done = new CompletableFuture<>();
        CompletionStage<Post> append;
        try {
            append = host.posts().append(draft);
        } catch (RuntimeException e) {
            append = CompletableFuture.failedFuture(e);
        }
        append.whenComplete((post, error) -> host.scheduler().execute(() -> {
            if (error != null) {
                LOG.warn("room {}: storing post {} failed; it is not acknowledged", name, draft.timestamp(), error);
                done.completeExceptionally(error);
                return;
            }
            posted++;
            host.events().publish(new RoomEvent.PostStored(name, post, host.scheduler().now()));
            onPostStored.run();
            done.complete(post);
        }));
        return done;
    }

    /** The number of RF messages a post is pushed in. */
    static int partCount(Post post) {
        return partCount(post.origin(), post.authorName(), post.text());
    }

    static int partCount(PostOrigin origin, String authorName, String text) {
        return RfText.partCount(RfText.attributed(origin, authorName, text), RoomConstants.MAX_PUSH_TEXT_BYTES);
    }

    void publish(RoomEvent event) {
        host.events().publish(event);
    }

    private void evicted(RoomClient client) {
        LOG.info("room {}: ACL full ({}), evicted the least active client {} ({})", name, acl.size() + 1,
                client.identity.publicKey().hex(), client.role);
        publish(new RoomEvent.ClientEvicted(name, client.identity.publicKey(), client.role, host.scheduler().now()));
    }

    /** The newest timestamp the stored history used, including the reserved part timestamps of its last post. */
    private static long lastUsedTimestamp(PostStore posts, String room) {
        OptionalLong last = posts.lastTimestamp(room);
        if (last.isEmpty()) {
            return 0;
        }
        return posts.latest(room, 1).stream().findFirst().map(p -> p.timestamp() + partCount(p) - 1)
                .orElse(last.getAsLong());
    }

    Duration sinceStart() {
        return Duration.ofSeconds(Math.max(0, host.epochSeconds() - startedAt));
    }
}
