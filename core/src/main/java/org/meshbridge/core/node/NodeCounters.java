package org.meshbridge.core.node;

import java.util.EnumMap;
import java.util.Map;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/** The node's mutable counters; confined to the scheduler thread. */
final class NodeCounters {

    private final Map<Reason, Long> malformed = new EnumMap<>(Reason.class);
    long framesReceived;
    long processed;
    long forwarded;
    long dropped;
    long signatureChecks;
    long unsentNoLink;

    void malformed(Reason reason) {
        malformed.merge(reason, 1L, Long::sum);
    }

    NodeStats snapshot(SeenTable seen) {
        return new NodeStats(framesReceived, malformed, seen.duplicates(), processed, forwarded, dropped, signatureChecks,
                unsentNoLink, seen.size(), seen.capacity());
    }
}
