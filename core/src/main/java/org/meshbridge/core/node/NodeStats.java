package org.meshbridge.core.node;

import java.util.Map;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * The node's counters at one moment.
 *
 * @param framesReceived frames the links delivered
 * @param malformed frames or payloads dropped as undecodable, by reason
 * @param duplicates packets dropped because their hash was already seen
 * @param processed packets handled locally (the per-type step of spec §5.2)
 * @param forwarded packets queued for retransmission as a repeater
 * @param dropped packets neither processed nor forwarded (unknown types, direct packets not
 *     routed through us, forged adverts, zero-hop-only CONTROL over hops)
 * @param signatureChecks advert signatures verified (only adverts not seen before are checked and, with forwarding
 *     off, not those whose timestamp is not newer than the known contact's)
 * @param unsentNoLink packets of this node's own (or forwarded) not sent because no link was up
 * @param seenEntries hashes in the duplicate table now
 * @param seenCapacity the duplicate table's bound
 */
public record NodeStats(long framesReceived, Map<MalformedFrameException.Reason, Long> malformed, long duplicates,
                        long processed, long forwarded, long dropped, long signatureChecks, long unsentNoLink, int seenEntries,
                        int seenCapacity) {

    public NodeStats {
        malformed = Map.copyOf(malformed);
    }

    /** All malformed frames and payloads. */
    public long malformedTotal() {
        return malformed.values().stream().mapToLong(Long::longValue).sum();
    }
}
