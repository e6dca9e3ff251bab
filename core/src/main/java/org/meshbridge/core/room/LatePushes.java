package org.meshbridge.core.room;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * Pushes the node gave up on, by the ACK hash of each of their attempts, so that an ACK the node
 * reports {@link Delivery.DeliveredLate} (within its {@code RetryPolicy.lateAckGrace}) counts as
 * the push delivered instead of the post being pushed again. Stops reporting once the room is
 * closed (a node cannot drop a listener). Confined to the scheduler thread.
 */
final class LatePushes implements NodeListener {

    /** Given-up pushes remembered, per room; older ones are forgotten first. */
    static final int CAPACITY = 256;

    /** A push given up on: the client (as it was at that login), the post and the part's timestamp. */
    record GivenUp(RoomClient client, int generation, Post post, int part, int parts, long timestamp) {
    }

    private final LocalIdentity room;
    private final Consumer<GivenUp> onLateAck;
    private final Map<Bytes, GivenUp> byAck = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, GivenUp> eldest) {
            return size() > CAPACITY;
        }
    };
    private boolean closed;

    LatePushes(LocalIdentity room, Consumer<GivenUp> onLateAck) {
        this.room = room;
        this.onLateAck = onLateAck;
    }

    /** Remembers the ACK hashes of attempts {@code 0 .. attempts-1} of {@code message} (SIGNED_PLAIN to the client). */
    void gaveUp(GivenUp push, TextMessageContent message, int attempts) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            TextMessageContent sent = new TextMessageContent(message.timestamp(), message.txtTypeCode(), attempt,
                    message.authorPrefix(), message.text());
            byAck.put(AckHash.forSignedPlainText(sent, push.client().identity.publicKey()).value(), push);
        }
    }

    @Override
    public void onDelivery(LocalIdentity sender, Delivery delivery) {
        if (closed || !(delivery instanceof Delivery.DeliveredLate late)
                || !sender.publicKey().equals(room.publicKey())) {
            return;
        }
        GivenUp push = byAck.remove(late.ack().value());
        if (push != null) {
            byAck.values().removeIf(p -> p == push);
            onLateAck.accept(push);
        }
    }

    void close() {
        closed = true;
        byAck.clear();
    }
}
