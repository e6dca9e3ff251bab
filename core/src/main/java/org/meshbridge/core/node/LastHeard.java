package org.meshbridge.core.node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;

/**
 * The link each peer was last heard on (an advert, a datagram or an ACK from it), so that direct
 * packets and replies to it go out where it can hear us. Bounded: the least recently used entry
 * is forgotten past the capacity (the peer is then sent to on every link). Confined to the
 * scheduler thread.
 */
final class LastHeard {

    private final Map<Bytes, String> links;

    LastHeard(int capacity) {
        this.links = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Bytes, String> eldest) {
                return size() > capacity;
            }
        };
    }

    void heard(Identity peer, String linkId) {
        links.put(peer.publicKey(), linkId);
    }

    Optional<String> linkOf(Identity peer) {
        return Optional.ofNullable(links.get(peer.publicKey()));
    }
}
