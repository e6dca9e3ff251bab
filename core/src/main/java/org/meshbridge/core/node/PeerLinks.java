package org.meshbridge.core.node;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.PeerLink;

/**
 * The node's {@link PeerLink}s (one ECDH secret per local identity and peer), kept in a bounded
 * LRU table as the firmware keeps {@code ContactInfo::getSharedSecret} per contact. All sealing
 * and opening goes through the protocol library; this only saves the scalar multiplications.
 * Confined to the scheduler thread.
 */
final class PeerLinks {

    private static final int CAPACITY = 1024;

    private final Map<Bytes, PeerLink> links = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, PeerLink> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The link from {@code local} to {@code peer}, computing their secret on first use. */
    PeerLink between(LocalIdentity local, Identity peer) {
        return links.computeIfAbsent(local.publicKey().concat(peer.publicKey()), k -> PeerLink.between(local, peer));
    }
}
