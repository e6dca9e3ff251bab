package org.meshbridge.core.node;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;

/**
 * The regions (scopes) this node knows, as the repeater's region map uses them
 * ({@code simple_repeater/MyMesh.cpp} {@code onRecvPacket}, {@code allowPacketForward},
 * {@code sendFloodReply}).
 *
 * @param floodRegions regions whose TRANSPORT_FLOOD packets may be forwarded; a code matching none
 *     of them is not forwarded
 * @param wildcardFloods whether plain (un-scoped) FLOOD packets may be forwarded: the wildcard
 *     region {@code *}, which allows flooding by default
 * @param defaultScope the scope for flooded replies when the request's scope is unknown
 *     ({@code chooseReplyScope}); empty sends those un-scoped
 */
public record RegionScope(List<RegionKey> floodRegions, boolean wildcardFloods, Optional<RegionKey> defaultScope) {

    /** No regions, un-scoped floods allowed, no default scope: the firmware's fresh region map. */
    public static final RegionScope UNSCOPED = new RegionScope(List.of(), true, Optional.empty());

    public RegionScope {
        floodRegions = List.copyOf(floodRegions);
        Objects.requireNonNull(defaultScope, "defaultScope");
    }

    /**
     * The region a received packet belongs to, as {@code MyMesh::onRecvPacket} sets
     * {@code recv_pkt_region}: for TRANSPORT_FLOOD the first region whose code matches, for FLOOD
     * the wildcard if it allows flooding, otherwise nothing.
     */
    Match match(Packet packet) {
        return switch (packet.route()) {
            case TRANSPORT_FLOOD -> packet.transportCodes()
                    .flatMap(codes -> floodRegions.stream()
                            .filter(r -> r.matches(codes.code1(), packet.payloadTypeCode(), packet.payload())).findFirst())
                    .map(Match::region).orElse(Match.NONE);
            case FLOOD -> wildcardFloods ? Match.WILDCARD : Match.NONE;
            case DIRECT, TRANSPORT_DIRECT -> Match.NONE;
        };
    }

    /**
     * What a received packet matched.
     *
     * @param found false when no region allowed it (unknown code, wildcard denied, or direct)
     * @param region the matching region of a scoped flood; empty for the wildcard
     */
    record Match(boolean found, Optional<RegionKey> region) {
        static final Match NONE = new Match(false, Optional.empty());
        static final Match WILDCARD = new Match(true, Optional.empty());

        static Match region(RegionKey key) {
            return new Match(true, Optional.of(key));
        }

        boolean isWildcard() {
            return found && region.isEmpty();
        }
    }
}
