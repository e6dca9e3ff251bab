package org.meshbridge.core.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.node.Arrival;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.protocol.crypto.Identity;

/**
 * Credits packets other than adverts to the known nodes they prove alive
 * ({@link NodeRegistry#heardPacket}), so that a repeater relaying traffic between its adverts
 * stays heard:
 * <ul>
 *   <li>a datagram a local endpoint opened names its sender (the MAC needs the sender's key); it
 *       came straight from the sender when it is a flood with no hops yet;</li>
 *   <li>a flood came straight from the node whose hash is last in its path ({@link LastHop}), if
 *       exactly one known repeater or room server has that hash. The bridge's own key counts as a
 *       candidate too (a packet the bridge relayed, heard back on another of its links, is not a
 *       neighbour's), so a repeater sharing the bridge's prefix is never credited.</li>
 * </ul>
 * Path hashes are not authenticated: anyone can put a repeater's hash last in a path. That is
 * as much as the radio tells, and it only ever refreshes a node already known from a signed advert.
 *
 * <p>Register it on the node beside the registry. Scheduler thread, like every node listener.
 */
public final class PacketHearing implements NodeListener {

    private final NodeRegistry registry;
    private final String selfId;

    /** @param self the identity the bridge's node forwards with (its hash is what the node appends to paths) */
    public PacketHearing(NodeRegistry registry, Identity self) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.selfId = self.publicKey().hex();
    }

    /** A flood whose last hop is one known repeater or room server: that node was heard directly. */
    @Override
    public void onPacketReceived(ReceivedPacket received) {
        LastHop.transmitterHash(received.packet()).flatMap(hash -> LastHop.unique(hash, candidates()))
                .filter(id -> !id.equals(selfId))
                .ifPresent(id -> {
                    ReceivedFrame frame = received.frame();
                    registry.heardPacket(id, frame.receivedAt(),
                            Optional.of(new DirectReception(frame.receivedAt(), frame.signal(), frame.linkId())));
                });
    }

    /** A datagram from {@code sender} was opened: it is alive, and was heard directly if no repeater touched it. */
    @Override
    public void onSenderVerified(Identity sender, Arrival arrival) {
        Optional<DirectReception> direct = arrival.isFlood() && arrival.path().isEmpty()
                ? Optional.of(new DirectReception(arrival.receivedAt(), arrival.signal(), arrival.linkId()))
                : Optional.empty();
        registry.heardPacket(sender.publicKey().hex(), arrival.receivedAt(), direct);
    }

    private List<String> candidates() {
        List<String> ids = new ArrayList<>();
        ids.add(selfId);
        for (NodeSnapshot node : registry.snapshots()) {
            if (node.role() == NodeRole.REPEATER || node.role() == NodeRole.ROOM_SERVER) {
                ids.add(node.id());
            }
        }
        return ids;
    }
}
