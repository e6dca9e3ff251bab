package org.meshbridge.core.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * The room's push loop (firmware {@code MyMesh::loop}, spec §7.5), reading from the durable
 * history instead of a 32-post ring.
 *
 * <p>Each round takes the next client round-robin. If it can receive a push (no ACK awaited,
 * heard since the ACL was loaded, fewer than 3 failed attempts) the oldest post newer than its
 * {@code sync_since} that it did not write and that is at least 6 s old is pushed as a
 * SIGNED_PLAIN text (or the next part of a split post), and the next round follows in 1200 ms,
 * else in 150 ms. The ACK moves the client's cursor to the pushed
 * timestamp.
 *
 * <p>Unlike the firmware, which pushes to the next client 1200 ms after a push whether or not its
 * ACK came, the next push waits until no push is awaiting its ACK, or until the firmware's ACK
 * timeout of the newest push has passed (12 s flood, {@code 4000 + 2000 × (hops + 1)} ms
 * direct). Behind a shared repeater the room cannot hear its clients, and a push sent while one
 * client's ACK is on its way collides with it at the repeater; with the firmware's fixed
 * interval, and retries on fixed timeouts, that repeats for every attempt.
 *
 * <p>Sending and ACK matching are the node's ({@link org.meshbridge.core.node.MeshNode#sendMessage}):
 * a push is retried per the node's {@code RetryPolicy}, each attempt's ACK is accepted until the
 * push is given up (late ACKs count), and a push given up adds its attempts to the client's
 * failures. Where the firmware polls every 150 ms forever, this loop sleeps once a whole round
 * found nothing to push, and wakes on a post, a login, client activity, a finished push, or when
 * a waiting post becomes old enough. Confined to the scheduler thread.
 */
final class PushLoop {

    private final RoomContext room;
    private final LatePushes late;
    private Cancellable timer;
    private int nextClient;
    private int idleChecks;
    private int inFlight;
    private Instant gateUntil = Instant.MIN;
    private long earliestWaiting = Long.MAX_VALUE;

    PushLoop(RoomContext room) {
        this.room = room;
        this.late = new LatePushes(room.identity, this::deliveredLate);
    }

    /** The node listener that turns late ACKs of given-up pushes into deliveries; the room registers it. */
    LatePushes lateAcks() {
        return late;
    }

    /** Runs the next round after {@code delay}, replacing any scheduled round ({@code next_push = futureMillis(delay)}). */
    void poke(Duration delay) {
        cancel();
        idleChecks = 0;
        timer = room.host.scheduler().schedule(delay, this::round);
    }

    /** Runs a round soon unless one is already scheduled. */
    void wake() {
        if (timer == null) {
            poke(RoomConstants.IDLE_PUSH_INTERVAL);
        }
    }

    /** Stops the loop and forgets given-up pushes. */
    void close() {
        cancel();
        late.close();
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** The posts still to push to {@code client}, not counting its own, capped at 255 (the keep-alive ACK's count). */
    int unsyncedCount(RoomClient client) {
        int count = 0;
        long from = client.syncSince;
        while (count < RoomConstants.MAX_UNSYNCED_COUNT) {
            List<Post> page = room.host.posts().after(room.name, from, RoomConstants.STORE_PAGE);
            for (Post p : page) {
                if (!isAuthor(p, client) && count < RoomConstants.MAX_UNSYNCED_COUNT) {
                    count++;
                }
            }
            if (page.size() < RoomConstants.STORE_PAGE) {
                break;
            }
            from = page.get(page.size() - 1).timestamp();
        }
        return count;
    }

    private void round() {
        timer = null;
        List<RoomClient> clients = room.acl.all();
        if (clients.isEmpty()) {
            return;
        }
        if (inFlight > 0 && room.host.scheduler().now().isBefore(gateUntil)) {
            timer = room.host.scheduler().schedule(Duration.between(room.host.scheduler().now(), gateUntil), this::round);
            return;
        }
        RoomClient client = clients.get(nextClient % clients.size());
        nextClient = (nextClient + 1) % clients.size();
        if (client.canReceivePush() && pushNext(client)) {
            idleChecks = 0;
            timer = room.host.scheduler().schedule(RoomConstants.SYNC_PUSH_INTERVAL, this::round);
            return;
        }
        if (++idleChecks < clients.size()) {
            timer = room.host.scheduler().schedule(RoomConstants.IDLE_PUSH_INTERVAL, this::round);
        } else if (earliestWaiting != Long.MAX_VALUE) {
            long waitSeconds = Math.max(1, earliestWaiting - room.clock.now());
            earliestWaiting = Long.MAX_VALUE;
            poke(Duration.ofSeconds(waitSeconds));
        }
    }

    /** @return true if a push went out */
    private boolean pushNext(RoomClient client) {
        Optional<Next> next = inProgress(client).or(() -> firstUnsynced(client));
        if (next.isEmpty()) {
            return false;
        }
        long eligibleAt = next.get().post().timestamp() + RoomConstants.POST_SYNC_DELAY_SECONDS;
        if (room.clock.now() < eligibleAt) {
            earliestWaiting = Math.min(earliestWaiting, eligibleAt);
            return false;
        }
        push(client, next.get().post(), next.get().part());
        return true;
    }

    /** A split post whose parts the client's cursor stopped between. */
    private Optional<Next> inProgress(RoomClient client) {
        long cursor = client.syncSince;
        if (cursor >= 0xFFFF_FFFFL) {
            return Optional.empty();
        }
        return room.host.posts().before(room.name, cursor + 1, 1).stream().findFirst()
                .filter(p -> p.timestamp() + RoomContext.partCount(p) - 1 > cursor && !isAuthor(p, client))
                .map(p -> new Next(p, (int) (cursor - p.timestamp()) + 1));
    }

    /** The oldest post after the cursor that the client did not write; its own posts right after the cursor are remembered as skipped. */
    private Optional<Next> firstUnsynced(RoomClient client) {
        long from = Math.max(client.syncSince, client.ownRunEnd);
        while (true) {
            List<Post> page = room.host.posts().after(room.name, from, RoomConstants.STORE_PAGE);
            for (Post p : page) {
                if (!isAuthor(p, client)) {
                    return Optional.of(new Next(p, 0));
                }
                client.ownRunEnd = p.timestamp() + RoomContext.partCount(p) - 1;
            }
            if (page.size() < RoomConstants.STORE_PAGE) {
                return Optional.empty();
            }
            from = page.get(page.size() - 1).timestamp();
        }
    }

    /** {@code pushPostToClient}: the post's part as a SIGNED_PLAIN text with the author's key prefix. */
    private void push(RoomClient client, Post post, int part) {
        List<String> parts = RfText.split(RfText.attributed(post.origin(), post.authorName(), post.text()),
                RoomConstants.MAX_PUSH_TEXT_BYTES);
        long timestamp = post.timestamp() + part;
        Bytes prefix = post.authorKey().map(k -> k.prefix(RoomConstants.AUTHOR_PREFIX_BYTES)).orElse(room.authorPrefix());
        TextMessageContent message = TextMessageContent.signedPlain(timestamp, 0, prefix, parts.get(part));
        client.pushing = true;
        int generation = client.generation;
        room.pushes++;
        inFlight++;
        gateUntil = room.host.scheduler().now().plus(ackTimeout(client));
        room.host.node().sendMessage(room.identity, client.identity, message, TrafficOrigin.LOCAL)
                .whenComplete((delivery, error) -> finished(new LatePushes.GivenUp(client, generation, post, part,
                        parts.size(), timestamp), message, error == null ? delivery : new Delivery.Failed(client.identity, 1)));
    }

    /** {@code PUSH_ACK_TIMEOUT_FLOOD}, or {@code PUSH_TIMEOUT_BASE + PUSH_ACK_TIMEOUT_FACTOR × (hops + 1)} along a known path. */
    private Duration ackTimeout(RoomClient client) {
        return room.host.node().paths().get(client.identity)
                .map(p -> RoomConstants.PUSH_TIMEOUT_BASE.plus(RoomConstants.PUSH_ACK_TIMEOUT_FACTOR.multipliedBy(p.hopCount() + 1)))
                .orElse(RoomConstants.PUSH_ACK_TIMEOUT_FLOOD);
    }

    private void finished(LatePushes.GivenUp push, TextMessageContent message, Delivery delivery) {
        inFlight--;
        if (delivery instanceof Delivery.Failed failed && failed.reason() == Delivery.FailureReason.NO_ACK) {
            late.gaveUp(push, message, failed.attempts());
        }
        if (push.client().generation == push.generation()) {
            record(push.client(), push.post(), push.part(), push.parts(), push.timestamp(), delivery);
        }
        if (inFlight == 0) {
            poke(RoomConstants.IDLE_PUSH_INTERVAL);
        } else {
            wake();
        }
    }

    /**
     * The ACK moves the cursor; a push given up adds its attempts to the client's failures, unless
     * a late ACK of an earlier push of the same part already moved the cursor past it.
     */
    private void record(RoomClient client, Post post, int part, int parts, long timestamp, Delivery delivery) {
        client.pushing = false;
        if (delivery instanceof Delivery.Delivered) {
            delivered(client, post, part, parts, timestamp);
        } else if (client.syncSince < timestamp) {
            client.pushFailures += delivery.attempts();
            room.publish(new RoomEvent.PushFailed(room.name, client.identity.publicKey(), post.timestamp(), client.pushFailures,
                    room.host.scheduler().now()));
        }
    }

    private void delivered(RoomClient client, Post post, int part, int parts, long timestamp) {
        client.pushFailures = 0;
        client.setSyncSince(timestamp);
        room.acl.save(client);
        room.publish(new RoomEvent.PushDelivered(room.name, client.identity.publicKey(), post.timestamp(), part + 1, parts,
                timestamp, room.host.scheduler().now()));
    }

    /**
     * The ACK of a push the node had given up on arrived within its grace: the client has the
     * part, so its cursor moves there (never back) and its failures are forgiven, and the part is
     * not pushed again. Ignored if the client logged in since (the login set its cursor).
     */
    private void deliveredLate(LatePushes.GivenUp push) {
        RoomClient client = push.client();
        if (client.generation != push.generation() || client.syncSince >= push.timestamp()) {
            return;
        }
        delivered(client, push.post(), push.part(), push.parts(), push.timestamp());
        wake();
    }

    private static boolean isAuthor(Post post, RoomClient client) {
        return post.authorKey().map(k -> k.equals(client.identity.publicKey())).orElse(false);
    }

    /** A post and the 0-based part of it to push next. */
    private record Next(Post post, int part) {
    }
}
